// Sampler: each filter checked on hand-made logits (tables of expected surviving tokens and
// probabilities), penalties against the transformers/OpenAI formulas, determinism from the seed,
// and the empirical distribution of many draws against the computed one.
#include <QtTest>

#include <cmath>

#include "engine/sampling/Sampler.h"

using namespace sb;

namespace {

std::vector<double> softmax(const std::vector<float> &x)
{
    double m = -INFINITY, s = 0.0;
    for (float v : x)
        m = std::max(m, double(v));
    std::vector<double> p;
    for (float v : x)
        s += p.emplace_back(std::exp(double(v) - m));
    for (double &v : p)
        v /= s;
    return p;
}

// Probabilities restricted to `kept` and renormalised.
std::vector<double> restricted(
    const std::vector<float> &logits, const std::vector<int> &kept, double temperature)
{
    std::vector<float> scaled(logits.size());
    for (size_t i = 0; i < logits.size(); ++i)
        scaled[i] = logits[i] / float(temperature);
    const auto p = softmax(scaled);
    double mass = 0.0;
    for (int id : kept)
        mass += p[size_t(id)];
    std::vector<double> out(logits.size(), 0.0);
    for (int id : kept)
        out[size_t(id)] = p[size_t(id)] / mass;
    return out;
}

} // namespace

using IntList = std::vector<int>;
using FloatList = std::vector<float>;
Q_DECLARE_METATYPE(IntList)
Q_DECLARE_METATYPE(FloatList)

class TestSampling : public QObject {
    Q_OBJECT

private slots:
    void filters_data()
    {
        QTest::addColumn<FloatList>("logits");
        QTest::addColumn<float>("temperature");
        QTest::addColumn<int>("topK");
        QTest::addColumn<float>("topP");
        QTest::addColumn<float>("minP");
        QTest::addColumn<IntList>("kept"); // tokens with non-zero probability

        // softmax of {2, 1, 0, -1, 3} ~ {0.234, 0.086, 0.032, 0.012, 0.636}
        const FloatList l = { 2.0f, 1.0f, 0.0f, -1.0f, 3.0f };
        QTest::addRow("no filter") << l << 1.0f << 0 << 1.0f << 0.0f << IntList { 0, 1, 2, 3, 4 };
        QTest::addRow("top-k 2") << l << 1.0f << 2 << 1.0f << 0.0f << IntList { 0, 4 };
        QTest::addRow("top-k 1") << l << 1.0f << 1 << 1.0f << 0.0f << IntList { 4 };
        QTest::addRow("top-k larger than vocab")
            << l << 1.0f << 10 << 1.0f << 0.0f << IntList { 0, 1, 2, 3, 4 };
        QTest::addRow("top-p 0.5: first token alone") << l << 1.0f << 0 << 0.5f << 0.0f << IntList { 4 };
        QTest::addRow("top-p 0.8: two tokens") << l << 1.0f << 0 << 0.8f << 0.0f << IntList { 0, 4 };
        QTest::addRow("top-p 0.9: three tokens") << l << 1.0f << 0 << 0.9f << 0.0f << IntList { 0, 1, 4 };
        QTest::addRow("min-p 0.1 (limit 0.064)") << l << 1.0f << 0 << 1.0f << 0.1f << IntList { 0, 1, 4 };
        QTest::addRow("min-p 0.4 (limit 0.25)") << l << 1.0f << 0 << 1.0f << 0.4f << IntList { 4 };
        QTest::addRow("min-p 0.3 (limit 0.19)") << l << 1.0f << 0 << 1.0f << 0.3f << IntList { 0, 4 };
        QTest::addRow("temperature 2 widens top-p 0.9")
            << l << 2.0f << 0 << 0.9f << 0.0f << IntList { 0, 1, 2, 4 };
        QTest::addRow("top-k 3 then top-p 0.8") << l << 1.0f << 3 << 0.8f << 0.0f << IntList { 0, 4 };
        const FloatList ties = { 1.0f, 5.0f, 5.0f, 0.0f };
        QTest::addRow("top-k keeps ties") << ties << 1.0f << 1 << 1.0f << 0.0f << IntList { 1, 2 };
    }

    void filters()
    {
        QFETCH(FloatList, logits);
        QFETCH(float, temperature);
        QFETCH(int, topK);
        QFETCH(float, topP);
        QFETCH(float, minP);
        QFETCH(IntList, kept);
        SamplingParams p;
        p.temperature = temperature;
        p.topK = topK;
        p.topP = topP;
        p.minP = minP;
        QVERIFY(p.validate().ok());
        const Sampler s(p);
        const auto probs = s.probabilities(logits, {});
        const auto expected = restricted(logits, kept, temperature);
        for (size_t i = 0; i < logits.size(); ++i)
            QVERIFY2(std::fabs(probs[i] - expected[i]) < 1e-6,
                qPrintable(QString("token %1: %2 vs %3").arg(i).arg(probs[i]).arg(expected[i])));
    }

    void greedyPicksArgmaxLowestOnTies()
    {
        SamplingParams p;
        p.temperature = 0.0f;
        Sampler s(p);
        QCOMPARE(s.sample(FloatList { 0.5f, 3.0f, -2.0f, 3.0f }, {}), 1);
        QCOMPARE(s.sample(FloatList { -5.0f, -4.0f }, {}), 1);
        QCOMPARE(argmax(FloatList { 7.0f }), 0);
    }

    void penalties_data()
    {
        QTest::addColumn<float>("repetition");
        QTest::addColumn<float>("presence");
        QTest::addColumn<float>("frequency");
        QTest::addColumn<int>("lastN");
        QTest::addColumn<FloatList>("expected"); // greedy-visible logits after penalties

        // logits {2, -2, 1, 0.5}, history {0, 1, 0} (token 0 twice, token 1 once).
        QTest::addRow("none") << 1.0f << 0.0f << 0.0f << 0 << FloatList { 2.0f, -2.0f, 1.0f, 0.5f };
        QTest::addRow("repetition 2: divide positive, multiply negative")
            << 2.0f << 0.0f << 0.0f << 0 << FloatList { 1.0f, -4.0f, 1.0f, 0.5f };
        QTest::addRow("presence 0.5") << 1.0f << 0.5f << 0.0f << 0 << FloatList { 1.5f, -2.5f, 1.0f, 0.5f };
        QTest::addRow("frequency 0.25 per occurrence")
            << 1.0f << 0.0f << 0.25f << 0 << FloatList { 1.5f, -2.25f, 1.0f, 0.5f };
        QTest::addRow("last 1 token only")
            << 2.0f << 0.0f << 0.0f << 1 << FloatList { 1.0f, -2.0f, 1.0f, 0.5f };
    }

    void penalties()
    {
        QFETCH(float, repetition);
        QFETCH(float, presence);
        QFETCH(float, frequency);
        QFETCH(int, lastN);
        QFETCH(FloatList, expected);
        SamplingParams p;
        p.repetitionPenalty = repetition;
        p.presencePenalty = presence;
        p.frequencyPenalty = frequency;
        p.penaltyLastN = lastN;
        const Sampler s(p);
        const FloatList logits = { 2.0f, -2.0f, 1.0f, 0.5f };
        const std::vector<int32_t> history = { 0, 1, 0 };
        // With temperature 1 and no filters the distribution is softmax(penalised logits).
        const auto probs = s.probabilities(logits, history);
        const auto want = softmax(expected);
        for (size_t i = 0; i < logits.size(); ++i)
            QVERIFY2(std::fabs(probs[i] - want[i]) < 1e-6, qPrintable(QString("token %1").arg(i)));
    }

    void repetitionPenaltyChangesGreedyChoice()
    {
        SamplingParams p;
        p.temperature = 0.0f;
        p.repetitionPenalty = 1.5f;
        Sampler s(p);
        const FloatList logits = { 3.0f, 2.5f };
        QCOMPARE(s.sample(logits, {}), 0);
        QCOMPARE(s.sample(logits, std::vector<int32_t> { 0 }), 1); // 3 / 1.5 = 2 < 2.5
    }

    void seedIsReproducible()
    {
        SamplingParams p;
        p.temperature = 0.8f;
        p.topP = 0.95f;
        p.seed = 1234;
        const FloatList logits = { 1.0f, 0.9f, 0.8f, 0.7f, 0.6f, 0.5f, 0.4f, 0.3f };
        Sampler a(p), b(p);
        std::vector<int32_t> sa, sb;
        for (int i = 0; i < 200; ++i) {
            sa.push_back(a.sample(logits, {}));
            sb.push_back(b.sample(logits, {}));
        }
        QCOMPARE(sa, sb);
        p.seed = 1235;
        Sampler c(p);
        std::vector<int32_t> sc;
        for (int i = 0; i < 200; ++i)
            sc.push_back(c.sample(logits, {}));
        QVERIFY(sc != sa);
    }

    // 20,000 draws: each frequency within 4 standard deviations of its probability. Deterministic
    // (fixed seed), so this cannot flake; it catches a biased draw.
    void drawsFollowTheDistribution()
    {
        SamplingParams p;
        p.temperature = 0.7f;
        p.topK = 4;
        p.seed = 99;
        Sampler s(p);
        const FloatList logits = { 0.1f, 1.2f, -0.3f, 0.8f, 0.5f, -2.0f };
        const auto probs = s.probabilities(logits, {});
        const int n = 20000;
        std::vector<int> counts(logits.size(), 0);
        for (int i = 0; i < n; ++i)
            ++counts[size_t(s.sample(logits, {}))];
        for (size_t i = 0; i < logits.size(); ++i) {
            const double f = double(counts[i]) / n;
            const double sd = std::sqrt(probs[i] * (1.0 - probs[i]) / n);
            QVERIFY2(std::fabs(f - probs[i]) <= 4.0 * sd + 1e-12,
                qPrintable(QString("token %1: %2 vs %3").arg(i).arg(f).arg(probs[i])));
        }
        QCOMPARE(counts[5], 0); // outside the top 4
        QCOMPARE(counts[2], 0);
    }

    void validateNamesField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addRow("top_k") << "top_k";
        QTest::addRow("top_p") << "top_p";
        QTest::addRow("min_p") << "min_p";
        QTest::addRow("repetition_penalty") << "repetition_penalty";
    }

    void validateNamesField()
    {
        QFETCH(QString, field);
        SamplingParams p;
        if (field == "top_k")
            p.topK = -1;
        else if (field == "top_p")
            p.topP = 0.0f;
        else if (field == "min_p")
            p.minP = 1.5f;
        else
            p.repetitionPenalty = 0.0f;
        const auto r = p.validate();
        QVERIFY(!r.ok());
        QVERIFY(QString::fromStdString(r.error().message).contains(field));
    }
};

QTEST_GUILESS_MAIN(TestSampling)
#include "TestSampling.moc"
