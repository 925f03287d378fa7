// One cache of compute pipelines per Vulkan device (engine/vulkan/PipelineCache.h): the inference
// kernels and the training kernels get the same pipeline object for the same (shader, spec
// constants), whichever of them asks first, and a second set of kernels compiles nothing.
#include <QtTest>

#include "engine/vulkan/DeviceInfo.h"
#include "engine/vulkan/PipelineCache.h"
#include "engine/vulkan/VulkanContext.h"
#include "engine/vulkan/VulkanKernels.h"
#include "engine/vulkan/train/TrainKernels.h"

using namespace sb;

class TestPipelineCache : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<VulkanContext> m_ctx;

    // a + b through `record` on n floats; returns the sum's first element.
    float runAdd(
        const std::function<Result<void>(VkCommandBuffer, const Buffer &, const Buffer &, const Buffer &)>
            &record)
    {
        const uint32_t n = 64;
        std::vector<float> a(n, 1.5f), b(n, 2.0f), y(n, 0.0f);
        auto ba = m_ctx->createBuffer(n * 4, MemoryKind::HostVisible);
        auto bb = m_ctx->createBuffer(n * 4, MemoryKind::HostVisible);
        auto by = m_ctx->createBuffer(n * 4, MemoryKind::HostVisible);
        if (!ba || !bb || !by)
            return -1.0f;
        (void)m_ctx->upload(ba.value(), a.data(), n * 4);
        (void)m_ctx->upload(bb.value(), b.data(), n * 4);
        auto r = m_ctx->submitAndWait(
            [&](VkCommandBuffer cmd) { return record(cmd, ba.value(), bb.value(), by.value()); });
        if (r)
            (void)m_ctx->download(by.value(), y.data(), n * 4);
        m_ctx->destroyBuffer(ba.value());
        m_ctx->destroyBuffer(bb.value());
        m_ctx->destroyBuffer(by.value());
        return r ? y[0] : -1.0f;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto devices = enumerateDevices();
        if (!devices)
            QSKIP(qPrintable("no Vulkan device at all: " + QString::fromStdString(devices.error().message)));
        auto ctx = VulkanContext::create();
        QVERIFY2(ctx.ok(), ctx.ok() ? "" : ctx.error().message.c_str());
        m_ctx = std::move(ctx.value());
    }
    void cleanupTestCase() { m_ctx.reset(); }

    void kernelsShareTheContextsPipelines()
    {
        PipelineCache &cache = m_ctx->pipelines();
        const size_t before = cache.size();
        {
            VulkanKernels first(*m_ctx, false);
            QCOMPARE(runAdd([&](VkCommandBuffer c, const Buffer &a, const Buffer &b, const Buffer &y) {
                return first.add(c, a, b, y, 64);
            }),
                3.5f);
        }
        QCOMPARE(cache.size(), before + 1); // "add", kept after the kernels went
        auto add = cache.get("add", 3, 4);
        QVERIFY(add.ok());
        VulkanKernels second(*m_ctx, false);
        QCOMPARE(runAdd([&](VkCommandBuffer c, const Buffer &a, const Buffer &b, const Buffer &y) {
            return second.add(c, a, b, y, 64);
        }),
            3.5f);
        QCOMPARE(cache.size(), before + 1); // nothing compiled again
        auto again = cache.get("add", 3, 4);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), add.value()); // the same object

        // Training kernels land in the same cache.
        TrainKernels train(*m_ctx);
        QCOMPARE(runAdd([&](VkCommandBuffer c, const Buffer &a, const Buffer &b, const Buffer &y) {
            return train.add(c, a, b, y, 64);
        }),
            3.5f);
        QVERIFY(cache.size() > before + 1);
        // Spec constants are part of the key.
        auto e0 = cache.get("train_eltwise", 4, 4 * 6, { { 0, 0 } });
        auto e1 = cache.get("train_eltwise", 4, 4 * 6, { { 0, 1 } });
        QVERIFY(e0.ok() && e1.ok());
        QVERIFY(e0.value() != e1.value());
    }

    void subgroupOptionsFollowTheShadersName()
    {
        DeviceInfo info;
        info.subgroupSizeControl = true;
        info.computeFullSubgroups = true;
        info.subgroupSize = 32;
        info.maxSubgroupSize = 32;
        QVERIFY(!PipelineCache::optionsFor("matvec", info).fullSubgroups);
        QVERIFY(PipelineCache::optionsFor("matvec_sg", info).fullSubgroups);
        QCOMPARE(PipelineCache::optionsFor("matvec_sg", info).requiredSubgroupSize, 0u);
        QVERIFY(PipelineCache::optionsFor("matmul_cm", info).fullSubgroups);
        QCOMPARE(PipelineCache::optionsFor("matmul_cm", info).requiredSubgroupSize, 32u);
        info.maxSubgroupSize = 128; // a workgroup of 64 cannot be made of full 128-wide subgroups
        QVERIFY(!PipelineCache::optionsFor("rms_norm_sg", info).fullSubgroups);
    }
};

QTEST_GUILESS_MAIN(TestPipelineCache)
#include "TestPipelineCache.moc"
