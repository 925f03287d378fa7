// Fuzz-style robustness of the model readers: every truncation length (byte by byte through the
// headers, at a stride through the data) and single-bit flips through the headers of a tiny
// model's GGUF and safetensors files. Each must give a clean Error that names the file, or (for
// a harmless flip) a model whose every weight can be read in bounds. Images are copied into
// exactly-sized heap buffers so AddressSanitizer sees any read past the end.

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include "engine/model/Dequant.h"
#include "engine/model/FileIo.h"
#include "engine/model/Gguf.h"
#include "engine/model/GgufModel.h"
#include "engine/model/HfConfig.h"
#include "engine/model/MappedFile.h"
#include "engine/model/ModelLoader.h"
#include "engine/model/Safetensors.h"
#include "engine/model/TinyModel.h"

using namespace sb;

namespace {

TinyModelOptions fuzzModel()
{
    TinyModelOptions o;
    o.config = TinyModelOptions::tinyModelConfig(272);
    o.config.hiddenSize = 32;
    o.config.numHeads = 2;
    o.config.numKvHeads = 1;
    o.config.headDim = 16;
    o.config.intermediateSize = 64;
    o.seed = 77;
    return o;
}

std::vector<std::byte> readAll(const std::string &path)
{
    auto f = MappedFile::open(path);
    if (!f)
        return {};
    return std::vector<std::byte>(f->data(), f->data() + f->size());
}

// Touches every weight of a loaded model (catches views that point outside the image).
double touchAll(const ModelWeights &w)
{
    double sum = 0;
    for (const TensorSpec &spec : smolLM3TensorSpecs(w.config)) {
        for (float v : dequantizeTensor(weightSlot(const_cast<ModelWeights &>(w), spec)))
            sum += double(v) * 0.0;
    }
    return sum;
}

struct Outcome {
    int errors = 0;
    int loaded = 0;
};

// Parses a GGUF image and, if the container is valid, loads it as a SmolLM3 model.
bool checkGguf(const std::vector<std::byte> &image, size_t length, const std::string &name, Outcome &o,
    std::string &failure)
{
    // An exactly-sized copy: ASan flags any read beyond `length`.
    std::unique_ptr<std::byte[]> copy(new std::byte[std::max<size_t>(length, 1)]);
    std::copy(image.begin(), image.begin() + static_cast<std::ptrdiff_t>(length), copy.get());
    auto parsed = GgufFile::parse(copy.get(), length, name);
    Error error;
    if (parsed) {
        auto model = loadGgufModel(std::make_shared<const GgufFile>(std::move(parsed.value())));
        if (model) {
            touchAll(model->weights);
            ++o.loaded;
            return true;
        }
        error = model.error();
    } else {
        error = parsed.error();
    }
    ++o.errors;
    if (error.message.rfind(name, 0) != 0) {
        failure = "error does not start with the file name: " + error.toString();
        return false;
    }
    return true;
}

bool checkSafetensors(const std::vector<std::byte> &image, size_t length, const std::string &name, Outcome &o,
    std::string &failure)
{
    std::unique_ptr<std::byte[]> copy(new std::byte[std::max<size_t>(length, 1)]);
    std::copy(image.begin(), image.begin() + static_cast<std::ptrdiff_t>(length), copy.get());
    auto views = parseSafetensors(copy.get(), length, name);
    if (views) {
        for (const TensorView &v : views.value())
            dequantizeTensor(v);
        ++o.loaded;
        return true;
    }
    ++o.errors;
    if (views.error().message.rfind(name, 0) != 0) {
        failure = "error does not start with the file name: " + views.error().toString();
        return false;
    }
    return true;
}

} // namespace

class TestModelFuzz : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_gguf;
    std::string m_hf;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_gguf = m_dir.filePath("fuzz.gguf").toStdString();
        m_hf = m_dir.filePath("hf").toStdString();
        QVERIFY(writeTinyModelGguf(fuzzModel(), m_gguf, DType::Q8_0).ok());
        QVERIFY(writeTinyModelHf(fuzzModel(), m_hf, DType::BF16).ok());
        QVERIFY(loadModel(m_gguf).ok());
        QVERIFY(loadModel(m_hf).ok());
    }

    void ggufTruncations()
    {
        const std::vector<std::byte> image = readAll(m_gguf);
        auto full = GgufFile::parse(image.data(), image.size(), "x");
        QVERIFY(full.ok());
        // Where the last tensor's bytes end: any shorter image must fail.
        size_t lastEnd = 0;
        for (const TensorView &t : full->tensors())
            lastEnd = std::max(lastEnd, size_t(t.data - image.data()) + t.nbytes);
        const size_t headerEnd = full->dataOffset();
        Outcome o;
        std::string failure;
        for (size_t len = 0; len < image.size(); len += (len < headerEnd + 64 ? 1 : 61)) {
            if (!checkGguf(image, len, "truncated.gguf", o, failure))
                QFAIL(qPrintable(QString("length %1: %2").arg(len).arg(QString::fromStdString(failure))));
            if (len < lastEnd && o.loaded != 0)
                QFAIL(qPrintable(QString("length %1 (< %2) loaded").arg(len).arg(lastEnd)));
        }
        QVERIFY(o.errors > int(headerEnd));
    }

    void ggufBitFlips()
    {
        const std::vector<std::byte> image = readAll(m_gguf);
        auto full = GgufFile::parse(image.data(), image.size(), "x");
        QVERIFY(full.ok());
        const size_t headerEnd = size_t(full->dataOffset());
        Outcome o;
        std::string failure;
        std::vector<std::byte> flipped = image;
        // Every bit of the fixed header and the first tensor-info-rich region, then a stride.
        for (size_t pos = 0; pos < headerEnd; pos += (pos < 64 ? 1 : 3)) {
            for (int bit = 0; bit < 8; bit += (pos < 64 ? 1 : 3)) {
                flipped[pos] ^= std::byte(1u << bit);
                const bool ok = checkGguf(flipped, flipped.size(), "flipped.gguf", o, failure);
                flipped[pos] ^= std::byte(1u << bit);
                if (!ok)
                    QFAIL(qPrintable(QString("byte %1 bit %2: %3")
                                         .arg(pos)
                                         .arg(bit)
                                         .arg(QString::fromStdString(failure))));
            }
        }
        QVERIFY(o.errors > 100);
        qInfo("GGUF bit flips: %d errors, %d harmless", o.errors, o.loaded);
    }

    void safetensorsTruncations()
    {
        const std::vector<std::byte> image = readAll(m_hf + "/model.safetensors");
        uint64_t headerLen = 0;
        std::memcpy(&headerLen, image.data(), 8);
        Outcome o;
        std::string failure;
        for (size_t len = 0; len < image.size(); len += (len < headerLen + 72 ? 1 : 53)) {
            if (!checkSafetensors(image, len, "truncated.safetensors", o, failure))
                QFAIL(qPrintable(QString("length %1: %2").arg(len).arg(QString::fromStdString(failure))));
        }
        // The last tensor ends at the end of the file: no truncation may parse.
        QCOMPARE(o.loaded, 0);
    }

    void safetensorsBitFlips()
    {
        const std::vector<std::byte> image = readAll(m_hf + "/model.safetensors");
        uint64_t headerLen = 0;
        std::memcpy(&headerLen, image.data(), 8);
        Outcome o;
        std::string failure;
        std::vector<std::byte> flipped = image;
        for (size_t pos = 0; pos < 8 + headerLen; ++pos) {
            const int bit = int(pos % 8);
            flipped[pos] ^= std::byte(1u << bit);
            const bool ok = checkSafetensors(flipped, flipped.size(), "flipped.safetensors", o, failure);
            flipped[pos] ^= std::byte(1u << bit);
            if (!ok)
                QFAIL(qPrintable(QString("byte %1: %2").arg(pos).arg(QString::fromStdString(failure))));
        }
        QVERIFY(o.errors > 100);
        qInfo("safetensors bit flips: %d errors, %d harmless", o.errors, o.loaded);
    }

    void hfDirectoryOnDisk()
    {
        // A sample of flipped/truncated weight files through the whole loader (mmap, config and
        // shape validation): errors name the model.safetensors path.
        const std::string weights = m_hf + "/model.safetensors";
        const std::vector<std::byte> image = readAll(weights);
        uint64_t headerLen = 0;
        std::memcpy(&headerLen, image.data(), 8);
        QTemporaryDir dir;
        const std::string d = dir.path().toStdString();
        for (const char *side : { "config.json", "tokenizer.json" })
            QVERIFY(copyFile(m_hf + "/" + side, d + "/" + side).ok());
        const std::string target = d + "/model.safetensors";
        int errors = 0;
        for (size_t pos = 8; pos < 8 + headerLen; pos += 29) {
            std::vector<std::byte> flipped = image;
            flipped[pos] ^= std::byte(0x24);
            QVERIFY(writeTextFile(
                target, std::string_view(reinterpret_cast<const char *>(flipped.data()), flipped.size()))
                        .ok());
            auto m = loadModel(d);
            if (m.ok()) {
                touchAll(m->weights);
                continue;
            }
            ++errors;
            QVERIFY2(m.error().message.find(d) != std::string::npos, m.error().message.c_str());
        }
        for (size_t len :
            { size_t(0), size_t(7), size_t(8 + headerLen / 2), size_t(8 + headerLen), image.size() - 1 }) {
            QVERIFY(writeTextFile(target, std::string_view(reinterpret_cast<const char *>(image.data()), len))
                        .ok());
            auto m = loadModel(d);
            QVERIFY(!m.ok());
            QVERIFY2(m.error().message.find(target) != std::string::npos, m.error().message.c_str());
            ++errors;
        }
        QVERIFY(errors > 10);
    }

    void configTruncations()
    {
        auto text = readTextFile(m_hf + "/config.json");
        QVERIFY(text.ok());
        for (size_t len = 0; len < text->size(); ++len) {
            auto c = parseHfConfig(std::string_view(text->data(), len), "config.json");
            QVERIFY(!c.ok() || len + 2 >= text->size()); // only trailing whitespace may go
            if (!c.ok())
                QVERIFY(c.error().message.rfind("config.json", 0) == 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestModelFuzz)
#include "TestModelFuzz.moc"
