// safetensors: writer -> reader round trips, and hand-made malformed files that must each give a
// clear error naming the file (and the tensor when one is at fault).

#include <QTemporaryDir>
#include <QtTest>

#include <cstring>

#include "engine/model/FileIo.h"
#include "engine/model/Safetensors.h"

using namespace sb;

namespace {

std::string fileWith(const std::string &header, size_t dataBytes, uint64_t lengthOverride = 0)
{
    std::string out(8, '\0');
    const uint64_t len = lengthOverride ? lengthOverride : header.size();
    for (int i = 0; i < 8; ++i)
        out[size_t(i)] = static_cast<char>(len >> (8 * i));
    out += header;
    out.append(dataBytes, '\x11');
    return out;
}

TensorSource constantSource(std::string name, DType t, std::vector<int64_t> shape, uint8_t fill)
{
    const size_t n = tensorBytes(t, shape);
    return TensorSource { std::move(name), t, std::move(shape),
        [n, fill]() -> Result<std::vector<std::byte>> {
            return std::vector<std::byte>(n, std::byte(fill));
        } };
}

} // namespace

class TestSafetensors : public QObject {
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        const std::string path = dir.filePath("a.safetensors").toStdString();
        std::vector<TensorSource> tensors = {
            constantSource("w.f32", DType::F32, { 3, 5 }, 1),
            constantSource("w.bf16", DType::BF16, { 2, 3, 4 }, 2),
            constantSource("norm \"quoted\"", DType::F16, { 7 }, 3),
            constantSource("scalar", DType::F32, {}, 4),
            constantSource("empty", DType::F32, { 0, 4 }, 5),
        };
        QVERIFY(writeSafetensors(path, tensors, { { "format", "pt" } }).ok());
        auto f = SafetensorsFile::open(path);
        QVERIFY2(f.ok(), f.ok() ? "" : f.error().toString().c_str());
        QCOMPARE(f->tensors().size(), tensors.size());
        for (size_t i = 0; i < tensors.size(); ++i) {
            const TensorView *v = f->find(tensors[i].name);
            QVERIFY(v);
            QCOMPARE(v->dtype, tensors[i].dtype);
            QCOMPARE(v->shape, tensors[i].shape);
            QCOMPARE(v->nbytes, tensorBytes(tensors[i].dtype, tensors[i].shape));
            for (size_t b = 0; b < v->nbytes; ++b)
                QCOMPARE(uint8_t(v->data[b]), uint8_t(i + 1));
        }
        // The data section starts 8-aligned, so F32 views are 4-aligned in the mapping.
        QCOMPARE(reinterpret_cast<uintptr_t>(f->find("w.f32")->data) % 4, uintptr_t(0));
        QVERIFY(!f->find("absent"));
    }

    void writerRejectsQuantisedTypes()
    {
        QTemporaryDir dir;
        auto r = writeSafetensors(
            dir.filePath("q.safetensors").toStdString(), { constantSource("q", DType::Q8_0, { 1, 32 }, 0) });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Unsupported);
        QVERIFY(r.error().message.find("'q'") != std::string::npos);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mustMention");
        QTest::addColumn<int>("code");
        const auto add = [](const char *tag, const std::string &bytes, const char *mention,
                             ErrorCode code = ErrorCode::Format) {
            QTest::addRow("%s", tag) << QByteArray(bytes.data(), qsizetype(bytes.size())) << QString(mention)
                                     << int(code);
        };
        add("empty file", "", "too short");
        add("short file", std::string("\x05\0\0", 3), "too short");
        add("header longer than file", fileWith("{}", 0, 1000), "header length 1000");
        add("header length huge", fileWith("{}", 0, ~uint64_t(0)), "exceeds the file size");
        add("invalid json", fileWith("{\"t\":", 0), "invalid JSON");
        add("not an object", fileWith("[1,2]", 0), "not an object");
        add("entry not object", fileWith("{\"t\":5}", 0), "tensor 't'");
        add("missing dtype", fileWith("{\"t\":{\"shape\":[1],\"data_offsets\":[0,4]}}", 4), "\"dtype\"");
        add("unknown dtype", fileWith("{\"t\":{\"dtype\":\"X9\",\"shape\":[1],\"data_offsets\":[0,4]}}", 4),
            "unknown dtype");
        add("unsupported dtype",
            fileWith("{\"t\":{\"dtype\":\"I64\",\"shape\":[1],\"data_offsets\":[0,8]}}", 8), "I64",
            ErrorCode::Unsupported);
        add("negative dim", fileWith("{\"t\":{\"dtype\":\"F32\",\"shape\":[-1],\"data_offsets\":[0,4]}}", 4),
            "invalid dimension");
        add("fractional dim",
            fileWith("{\"t\":{\"dtype\":\"F32\",\"shape\":[1.5],\"data_offsets\":[0,4]}}", 4),
            "invalid dimension");
        add("offsets past end",
            fileWith("{\"t\":{\"dtype\":\"F32\",\"shape\":[8],\"data_offsets\":[0,32]}}", 16), "truncated");
        add("size mismatch",
            fileWith("{\"t\":{\"dtype\":\"F32\",\"shape\":[3],\"data_offsets\":[0,16]}}", 16), "need 12");
        add("begin after end",
            fileWith("{\"t\":{\"dtype\":\"F32\",\"shape\":[0],\"data_offsets\":[8,4]}}", 16),
            "begin 8 > end 4");
        add("offsets not integers",
            fileWith("{\"t\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,\"16\"]}}", 16),
            "data_offsets");
        add("one offset", fileWith("{\"t\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0]}}", 16),
            "data_offsets");
        add("overlap",
            fileWith("{\"a\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[0,16]},"
                     "\"b\":{\"dtype\":\"F32\",\"shape\":[4],\"data_offsets\":[8,24]}}",
                24),
            "overlaps");
        add("shape overflow",
            fileWith("{\"t\":{\"dtype\":\"F32\",\"shape\":[1099511627776,1099511627776,16],\"data_offsets\":["
                     "0,4]}}",
                4),
            "need");
    }
    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mustMention);
        QFETCH(int, code);
        QTemporaryDir dir;
        const std::string path = dir.filePath("bad.safetensors").toStdString();
        QVERIFY(writeTextFile(path, std::string_view(bytes.constData(), size_t(bytes.size()))).ok());
        auto f = SafetensorsFile::open(path);
        QVERIFY(!f.ok());
        QCOMPARE(int(f.error().code), code);
        const QString message = QString::fromStdString(f.error().message);
        QVERIFY2(message.startsWith(QString::fromStdString(path)), qPrintable(message));
        QVERIFY2(message.contains(mustMention), qPrintable(message));
    }

    void missingFile()
    {
        auto f = SafetensorsFile::open("/nonexistent/model.safetensors");
        QVERIFY(!f.ok());
        QCOMPARE(f.error().code, ErrorCode::NotFound);
        QVERIFY(f.error().message.find("/nonexistent/model.safetensors") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSafetensors)
#include "TestSafetensors.moc"
