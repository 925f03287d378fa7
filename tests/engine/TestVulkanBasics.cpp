// The shader pipeline end to end on a real Vulkan device (lavapipe in CI): glslc-compiled,
// embedded SPIR-V runs and matches a CPU computation on random input.
#include <QtTest>

#include <cmath>
#include <random>

#include "engine/vulkan/DeviceInfo.h"
#include "engine/vulkan/ShaderTable.h"
#include "engine/vulkan/VulkanContext.h"

using namespace sb;

class TestVulkanBasics : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<VulkanContext> m_ctx;

    static std::vector<float> randomVector(size_t n, uint32_t seed)
    {
        std::mt19937 rng(seed);
        std::normal_distribution<float> dist(0.0f, 1.0f);
        std::vector<float> v(n);
        for (float &x : v)
            x = dist(rng);
        return v;
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
        qInfo("Vulkan device: %s (%s)", m_ctx->info().name.c_str(), deviceTypeName(m_ctx->info().type));
    }

    void cleanupTestCase() { m_ctx.reset(); }

    void shadersAreEmbedded()
    {
        QVERIFY(findShader("rms_norm") != nullptr);
        QVERIFY(findShader("add") != nullptr);
        QCOMPARE(findShader("rms_norm")->code[0], 0x07230203u); // SPIR-V magic
        QVERIFY(findShader("no_such_shader") == nullptr);
    }

    void deviceInfoIsSane()
    {
        const DeviceInfo &d = m_ctx->info();
        QVERIFY(!d.name.empty());
        QVERIFY(d.maxStorageBufferRange > 0);
        QVERIFY(d.subgroupSize > 0);
        QVERIFY(!d.heaps.empty());
    }

    void selectDeviceBySelector()
    {
        auto devices = enumerateDevices();
        QVERIFY(devices.ok());
        auto byIndex = selectDevice(devices.value(), "0");
        QVERIFY(byIndex.ok());
        QCOMPARE(byIndex->index, 0u);
        auto byName = selectDevice(devices.value(), devices->front().name.substr(0, 3));
        QVERIFY(byName.ok());
        auto missing = selectDevice(devices.value(), "definitely-not-a-gpu-name");
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        auto outOfRange = selectDevice(devices.value(), "99");
        QVERIFY(!outOfRange.ok());
    }

    void rmsNormMatchesCpu_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("dim");
        QTest::addRow("1x64") << 1 << 64;
        QTest::addRow("3x2048") << 3 << 2048;
        QTest::addRow("5x1000 (not a multiple of the workgroup)") << 5 << 1000;
        QTest::addRow("2x7") << 2 << 7;
    }

    void rmsNormMatchesCpu()
    {
        QFETCH(int, rows);
        QFETCH(int, dim);
        const float eps = 1e-6f;
        const std::vector<float> x = randomVector(size_t(rows) * dim, 1234 + rows);
        const std::vector<float> w = randomVector(size_t(dim), 99);

        std::vector<float> expected(x.size());
        for (int r = 0; r < rows; ++r) {
            double ss = 0;
            for (int i = 0; i < dim; ++i)
                ss += double(x[r * dim + i]) * x[r * dim + i];
            const double scale = 1.0 / std::sqrt(ss / dim + eps);
            for (int i = 0; i < dim; ++i)
                expected[r * dim + i] = float(x[r * dim + i] * scale * w[i]);
        }

        auto in = m_ctx->createBuffer(x.size() * 4, MemoryKind::DeviceLocal, "x");
        auto wt = m_ctx->createBuffer(w.size() * 4, MemoryKind::DeviceLocal, "w");
        auto out = m_ctx->createBuffer(x.size() * 4, MemoryKind::DeviceLocal, "y");
        QVERIFY(in && wt && out);
        QVERIFY(m_ctx->upload(*in, x.data(), x.size() * 4).ok());
        QVERIFY(m_ctx->upload(*wt, w.data(), w.size() * 4).ok());
        auto pipe = m_ctx->createPipeline("rms_norm", 3, 12);
        QVERIFY2(pipe.ok(), pipe.ok() ? "" : pipe.error().message.c_str());

        struct {
            uint32_t dim, rows;
            float eps;
        } pc { uint32_t(dim), uint32_t(rows), eps };
        const Buffer *bufs[] = { &in.value(), &wt.value(), &out.value() };
        auto run = m_ctx->submitAndWait(
            [&](VkCommandBuffer cmd) { return m_ctx->dispatch(cmd, *pipe, bufs, &pc, uint32_t(rows)); });
        QVERIFY2(run.ok(), run.ok() ? "" : run.error().message.c_str());
        std::vector<float> got(x.size());
        QVERIFY(m_ctx->download(*out, got.data(), got.size() * 4).ok());

        // Tolerance: fp32 with a different summation order; relative 1e-5 of each value's scale.
        double maxErr = 0;
        for (size_t i = 0; i < got.size(); ++i)
            maxErr = std::max(maxErr, std::abs(double(got[i]) - expected[i]) / (1.0 + std::abs(expected[i])));
        QVERIFY2(maxErr < 1e-5, qPrintable(QString("max normalised error %1").arg(maxErr)));

        m_ctx->destroyPipeline(pipe.value());
        m_ctx->destroyBuffer(in.value());
        m_ctx->destroyBuffer(wt.value());
        m_ctx->destroyBuffer(out.value());
    }

    void addMatchesCpuWithHostVisibleBuffers()
    {
        const size_t n = 100003;
        const std::vector<float> a = randomVector(n, 1), b = randomVector(n, 2);
        auto ba = m_ctx->createBuffer(n * 4, MemoryKind::HostVisible, "a");
        auto bb = m_ctx->createBuffer(n * 4, MemoryKind::HostVisible, "b");
        auto bo = m_ctx->createBuffer(n * 4, MemoryKind::HostVisible, "out");
        QVERIFY(ba && bb && bo);
        QVERIFY(ba->mapped != nullptr);
        QVERIFY(m_ctx->upload(*ba, a.data(), n * 4).ok());
        QVERIFY(m_ctx->upload(*bb, b.data(), n * 4).ok());
        auto pipe = m_ctx->createPipeline("add", 3, 4);
        QVERIFY(pipe.ok());
        const uint32_t count = uint32_t(n);
        const Buffer *bufs[] = { &ba.value(), &bb.value(), &bo.value() };
        QVERIFY(m_ctx
                    ->submitAndWait([&](VkCommandBuffer cmd) {
                        return m_ctx->dispatch(cmd, *pipe, bufs, &count, uint32_t((n + 255) / 256));
                    })
                    .ok());
        std::vector<float> got(n);
        QVERIFY(m_ctx->download(*bo, got.data(), n * 4).ok());
        for (size_t i = 0; i < n; ++i)
            QCOMPARE(got[i], a[i] + b[i]); // exact: one fp32 add each side
        m_ctx->destroyPipeline(pipe.value());
        m_ctx->destroyBuffer(ba.value());
        m_ctx->destroyBuffer(bb.value());
        m_ctx->destroyBuffer(bo.value());
    }

    void rejectsWrongBufferCountAndOversizedBuffers()
    {
        auto pipe = m_ctx->createPipeline("add", 3, 4);
        QVERIFY(pipe.ok());
        auto one = m_ctx->createBuffer(16, MemoryKind::HostVisible, "one");
        QVERIFY(one.ok());
        const Buffer *bufs[] = { &one.value() };
        auto r = m_ctx->submitAndWait(
            [&](VkCommandBuffer cmd) { return m_ctx->dispatch(cmd, *pipe, bufs, nullptr, 1); });
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains("add"));
        auto huge
            = m_ctx->createBuffer(m_ctx->info().maxStorageBufferRange + 1, MemoryKind::DeviceLocal, "huge");
        QVERIFY(!huge.ok());
        QVERIFY(QString::fromStdString(huge.error().message).contains("maxStorageBufferRange"));
        auto missing = m_ctx->createPipeline("no_such_shader", 1, 0);
        QVERIFY(!missing.ok());
        m_ctx->destroyBuffer(one.value());
        m_ctx->destroyPipeline(pipe.value());
    }

    void pipelineCachePersists()
    {
        QTemporaryDir dir;
        const std::string path = (dir.path() + "/pipelines.bin").toStdString();
        {
            auto ctx = VulkanContext::create({ "", path });
            QVERIFY(ctx.ok());
            auto p = (*ctx)->createPipeline("rms_norm", 3, 12);
            QVERIFY(p.ok());
            (*ctx)->destroyPipeline(p.value());
        }
        QFileInfo fi(QString::fromStdString(path));
        QVERIFY(fi.exists());
        QVERIFY(fi.size() > 0);
        auto again = VulkanContext::create({ "", path }); // loads the cache it wrote
        QVERIFY(again.ok());
    }
};

QTEST_GUILESS_MAIN(TestVulkanBasics)
#include "TestVulkanBasics.moc"
