// The one rule that picks the device for inference and training (engine/runtime/DevicePlan.h),
// on made-up device lists: Auto never takes a software Vulkan device, an explicit Vulkan request
// does, and the reason is always given in words.
#include <QtTest>

#include "engine/runtime/DevicePlan.h"

using namespace sb;

namespace {

DeviceInfo device(uint32_t index, const char *name, DeviceType type)
{
    DeviceInfo d;
    d.index = index;
    d.name = name;
    d.type = type;
    return d;
}

Result<std::vector<DeviceInfo>> devices(std::vector<DeviceInfo> list)
{
    return list;
}

} // namespace

class TestDevicePlan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void autoPassesOverASoftwareDevice()
    {
        auto plan = planDevice(BackendKind::Auto,
            devices({ device(0, "llvmpipe (LLVM 15.0.6, 256 bits)", DeviceType::Cpu) }), "");
        QVERIFY(plan.ok());
        QVERIFY(!plan->vulkan);
        QVERIFY(plan->fellBack);
        QCOMPARE(QString::fromStdString(plan->reason),
            QStringLiteral("Vulkan device llvmpipe (LLVM 15.0.6, 256 bits) is a software implementation; "
                           "the CPU backend is faster"));
    }

    void explicitVulkanStillUsesASoftwareDevice()
    {
        auto plan = planDevice(
            BackendKind::Vulkan, devices({ device(0, "SwiftShader Device", DeviceType::Cpu) }), "");
        QVERIFY(plan.ok());
        QVERIFY(plan->vulkan);
        QVERIFY(!plan->fellBack);
        QCOMPARE(plan->device.name, std::string("SwiftShader Device"));
        QVERIFY2(
            QString::fromStdString(plan->reason).contains(QStringLiteral("asked for")), plan->reason.c_str());
    }

    void autoTakesTheBestHardwareDevice()
    {
        auto plan = planDevice(BackendKind::Auto,
            devices(
                { device(0, "llvmpipe", DeviceType::Cpu), device(1, "Radeon 780M", DeviceType::Integrated),
                    device(2, "GeForce RTX 4090", DeviceType::Discrete) }),
            "");
        QVERIFY(plan.ok());
        QVERIFY(plan->vulkan);
        QCOMPARE(plan->device.index, 2u);
        QCOMPARE(QString::fromStdString(plan->reason),
            QStringLiteral("Vulkan device GeForce RTX 4090 (discrete GPU)"));
        // A selector naming the software device: Auto still leaves it to the CPU.
        auto named = planDevice(BackendKind::Auto,
            devices(
                { device(0, "llvmpipe", DeviceType::Cpu), device(1, "Radeon 780M", DeviceType::Integrated) }),
            "llvm");
        QVERIFY(named.ok());
        QVERIFY(!named->vulkan);
        QCOMPARE(named->device.name, std::string("llvmpipe"));
    }

    void noDeviceFallsBackOrFails()
    {
        const Result<std::vector<DeviceInfo>> none
            = makeError(ErrorCode::NoDevice, "the Vulkan loader found no physical device");
        auto fallback = planDevice(BackendKind::Auto, none, "");
        QVERIFY(fallback.ok());
        QVERIFY(!fallback->vulkan);
        QVERIFY2(QString::fromStdString(fallback->reason).contains(QStringLiteral("no physical device")),
            fallback->reason.c_str());
        auto strict = planDevice(BackendKind::Vulkan, none, "");
        QVERIFY(!strict.ok());
        QCOMPARE(strict.error().code, ErrorCode::NoDevice);
        auto unmatched = planDevice(
            BackendKind::Vulkan, devices({ device(0, "Radeon", DeviceType::Discrete) }), "nvidia");
        QVERIFY(!unmatched.ok());
        QCOMPARE(unmatched.error().code, ErrorCode::NotFound);
    }

    void cpuIsCpu()
    {
        auto plan = planDevice(BackendKind::Cpu, devices({ device(0, "GeForce", DeviceType::Discrete) }), "");
        QVERIFY(plan.ok());
        QVERIFY(!plan->vulkan);
        QVERIFY(!plan->fellBack);
        QVERIFY(!plan->reason.empty());
    }
};

QTEST_GUILESS_MAIN(TestDevicePlan)
#include "TestDevicePlan.moc"
