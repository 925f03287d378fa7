// The push-constant blocks of the shaders and the C++ structs the kernels fill
// (engine/vulkan/PushConstants.h) are the same layout: for every embedded shader, the block read
// from its SPIR-V (by hand: the OpVariable in the PushConstant storage class and its struct's
// member offsets and types) matches push::layouts() member for member, in order, with the same
// total size, and every shader has a row there. Member names are compared too where the SPIR-V
// keeps them (glslc -O strips them, so two members of one type swapped in GLSL only are not seen).
// Needs no Vulkan device.
#include <QtTest>

#include <map>
#include <string>
#include <vector>

#include "engine/core/Result.h"
#include "engine/vulkan/PushConstants.h"
#include "engine/vulkan/ShaderTable.h"

using namespace sb;

namespace {

// SPIR-V opcodes and enums used below (SPIR-V 1.6 specification, section 3).
constexpr uint32_t kOpMemberName = 6, kOpTypeInt = 21, kOpTypeFloat = 22, kOpTypeStruct = 30,
                   kOpTypePointer = 32, kOpVariable = 59, kOpMemberDecorate = 72;
constexpr uint32_t kStorageClassPushConstant = 9, kDecorationOffset = 35;

struct ReflectedMember {
    std::string name; // empty when the SPIR-V carries no names
    uint32_t offset = 0;
    uint32_t size = 0;
    char type = '?'; // 'u', 'i', 'f'; '?' for anything else
};

struct ReflectedBlock {
    bool present = false;
    std::vector<ReflectedMember> members;
    uint32_t size() const
    {
        uint32_t end = 0;
        for (const ReflectedMember &m : members)
            end = std::max(end, m.offset + m.size);
        return end;
    }
};

std::string literalString(const uint32_t *words, size_t count)
{
    std::string s;
    for (size_t i = 0; i < count; ++i)
        for (int b = 0; b < 4; ++b) {
            const char c = char((words[i] >> (8 * b)) & 0xff);
            if (c == 0)
                return s;
            s += c;
        }
    return s;
}

// The push-constant block of one module, or an error text.
Result<ReflectedBlock> reflectPushConstants(const ShaderBlob &blob)
{
    if (blob.words < 5 || blob.code[0] != 0x07230203u)
        return makeError(ErrorCode::Format, std::string(blob.name) + ": not SPIR-V");
    struct Scalar {
        char type;
        uint32_t bytes;
    };
    std::map<uint32_t, Scalar> scalars; // type id -> scalar
    std::map<uint32_t, std::vector<uint32_t>> structs; // struct id -> member type ids
    std::map<uint32_t, uint32_t> pointees; // pointer type id (PushConstant) -> pointee
    std::map<std::pair<uint32_t, uint32_t>, uint32_t> offsets; // (struct, member) -> Offset
    std::map<std::pair<uint32_t, uint32_t>, std::string> names; // (struct, member) -> name
    uint32_t blockPointer = 0;
    for (size_t i = 5; i < blob.words;) {
        const uint32_t count = blob.code[i] >> 16, op = blob.code[i] & 0xffff;
        if (count == 0 || i + count > blob.words)
            return makeError(ErrorCode::Format, std::string(blob.name) + ": truncated instruction");
        const uint32_t *w = blob.code + i;
        if (op == kOpTypeInt && count >= 4)
            scalars[w[1]] = { w[3] ? 'i' : 'u', w[2] / 8 };
        else if (op == kOpTypeFloat && count >= 3)
            scalars[w[1]] = { 'f', w[2] / 8 };
        else if (op == kOpTypeStruct)
            structs[w[1]] = std::vector<uint32_t>(w + 2, w + count);
        else if (op == kOpTypePointer && count >= 4 && w[2] == kStorageClassPushConstant)
            pointees[w[1]] = w[3];
        else if (op == kOpVariable && count >= 4 && w[3] == kStorageClassPushConstant)
            blockPointer = w[1];
        else if (op == kOpMemberDecorate && count >= 5 && w[3] == kDecorationOffset)
            offsets[{ w[1], w[2] }] = w[4];
        else if (op == kOpMemberName && count >= 4)
            names[{ w[1], w[2] }] = literalString(w + 3, count - 3);
        i += count;
    }
    ReflectedBlock block;
    if (blockPointer == 0)
        return block; // no push constants
    block.present = true;
    const auto pointee = pointees.find(blockPointer);
    if (pointee == pointees.end() || !structs.count(pointee->second))
        return makeError(ErrorCode::Format, std::string(blob.name) + ": push constants are not a struct");
    const uint32_t id = pointee->second;
    const std::vector<uint32_t> &types = structs[id];
    for (uint32_t m = 0; m < types.size(); ++m) {
        ReflectedMember member;
        const auto scalar = scalars.find(types[m]);
        member.type = scalar != scalars.end() ? scalar->second.type : '?';
        member.size = scalar != scalars.end() ? scalar->second.bytes : 0;
        member.offset = offsets.count({ id, m }) ? offsets[{ id, m }] : ~0u;
        if (names.count({ id, m }))
            member.name = names[{ id, m }];
        block.members.push_back(member);
    }
    return block;
}

} // namespace

class TestPushConstants : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyShaderHasALayout()
    {
        QVERIFY(!allShaders().empty());
        for (const ShaderBlob &blob : allShaders()) {
            const auto layouts = push::layouts();
            const bool listed = std::any_of(
                layouts.begin(), layouts.end(), [&](const push::Layout &l) { return l.shader == blob.name; });
            QVERIFY2(listed,
                qPrintable(QStringLiteral("shader %1 has no row in engine/vulkan/PushConstants.cpp")
                               .arg(QLatin1String(blob.name))));
        }
    }

    void blocksMatchTheCppStructs_data()
    {
        QTest::addColumn<QString>("shader");
        for (const push::Layout &l : push::layouts())
            QTest::addRow("%s", std::string(l.shader).c_str())
                << QString::fromLatin1(l.shader.data(), qsizetype(l.shader.size()));
    }

    void blocksMatchTheCppStructs()
    {
        QFETCH(QString, shader);
        const ShaderBlob *blob = findShader(shader.toStdString());
        if (!blob)
            QSKIP("not built here (the cooperative-matrix shaders need a newer glslc)");
        const push::Layout &cpp
            = *std::find_if(push::layouts().begin(), push::layouts().end(), [&](const push::Layout &l) {
                  return QLatin1String(l.shader.data(), qsizetype(l.shader.size())) == shader;
              });
        auto reflected = reflectPushConstants(*blob);
        QVERIFY2(reflected.ok(), reflected.ok() ? "" : reflected.error().message.c_str());
        const ReflectedBlock &glsl = reflected.value();
        QCOMPARE(glsl.present, !cpp.members.empty());
        QCOMPARE(glsl.members.size(), cpp.members.size());
        for (size_t i = 0; i < cpp.members.size(); ++i) {
            const push::Member &c = cpp.members[i];
            const ReflectedMember &g = glsl.members[i];
            const QString where = QStringLiteral("%1, member %2 (%3)")
                                      .arg(shader)
                                      .arg(i)
                                      .arg(QLatin1String(c.name.data(), qsizetype(c.name.size())));
            if (!g.name.empty())
                QVERIFY2(g.name == c.name,
                    qPrintable(
                        where + QStringLiteral(": GLSL calls it %1").arg(QString::fromStdString(g.name))));
            QVERIFY2(g.offset == c.offset,
                qPrintable(where + QStringLiteral(": GLSL offset %1, C++ %2").arg(g.offset).arg(c.offset)));
            QVERIFY2(g.type == c.type && g.size == c.size,
                qPrintable(where
                    + QStringLiteral(": GLSL %1%2, C++ %3%4")
                          .arg(QChar(g.type))
                          .arg(g.size * 8)
                          .arg(QChar(c.type))
                          .arg(c.size * 8)));
        }
        QCOMPARE(glsl.size(), cpp.size);
    }
};

QTEST_GUILESS_MAIN(TestPushConstants)
#include "TestPushConstants.moc"
