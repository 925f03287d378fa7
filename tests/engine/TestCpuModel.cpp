// The CPU model against an independent naive implementation of transformers'
// SmolLM3ForCausalLM written below (per-element loops in double precision), on random tiny
// models of several shapes, storage dtypes and NoPE patterns. Logits must agree within
// 1e-4 absolute at every position; KV-cache decoding must equal full recomputation.
#include <QtTest>

#include <cmath>

#include "CpuTestModel.h"
#include "NumericCheck.h"
#include "engine/cpu/CpuModel.h"

using namespace sb;
using namespace sb::test;

namespace {

constexpr double kLogitTol = 1e-4;

// ---- The naive reference: the transformers modelling code, loop by loop. ----
using Mat = std::vector<double>; // row-major

struct NaiveModel {
    const ModelConfig &c;
    const ModelWeights &w;
    bool ignoreNoPe = false; // apply RoPE everywhere (to show that the pattern matters)

    static Mat load(const TensorView &t)
    {
        const auto f = TestModel::values(t);
        return Mat(f.begin(), f.end());
    }

    Mat rmsNorm(const Mat &x, int64_t T, const Mat &weight) const
    {
        const int64_t D = c.hiddenSize;
        Mat y(x.size());
        for (int64_t t = 0; t < T; ++t) {
            double var = 0.0;
            for (int64_t i = 0; i < D; ++i)
                var += x[t * D + i] * x[t * D + i];
            var /= double(D);
            for (int64_t i = 0; i < D; ++i)
                y[t * D + i] = weight[i] * (x[t * D + i] / std::sqrt(var + c.rmsNormEps));
        }
        return y;
    }

    // nn.Linear: y = x Wᵀ, W (out, in)
    static Mat linear(const Mat &x, int64_t T, const Mat &W, int64_t out, int64_t in)
    {
        Mat y(sz(T * out), 0.0);
        for (int64_t t = 0; t < T; ++t)
            for (int64_t o = 0; o < out; ++o) {
                double s = 0.0;
                for (int64_t i = 0; i < in; ++i)
                    s += x[t * in + i] * W[o * in + i];
                y[t * out + o] = s;
            }
        return y;
    }

    // apply_rotary_pos_emb with rotate_half; transformers computes inv_freq and angles in fp32.
    void rope(Mat &x, int64_t T, int64_t heads) const
    {
        const int64_t hd = c.headDim, half = hd / 2;
        for (int64_t t = 0; t < T; ++t)
            for (int64_t h = 0; h < heads; ++h) {
                double *v = &x[(t * heads + h) * hd];
                Mat orig(v, v + hd);
                for (int64_t d = 0; d < hd; ++d) {
                    const int64_t i = d % half;
                    const float invFreq = 1.0f / std::pow(float(c.ropeTheta), float(2 * i) / float(hd));
                    const double angle = double(float(t) * invFreq);
                    const double rotated = d < half ? -orig[d + half] : orig[d - half];
                    v[d] = orig[d] * std::cos(angle) + rotated * std::sin(angle);
                }
            }
    }

    // Logits (T, vocab) for tokens at positions 0..T-1.
    Mat logits(const std::vector<int32_t> &ids) const
    {
        const int64_t T = int64_t(ids.size()), D = c.hiddenSize, H = c.numHeads, KV = c.numKvHeads,
                      hd = c.headDim, F = c.intermediateSize, V = c.vocabSize;
        const Mat emb = load(w.tokenEmbedding);
        Mat h(sz(T * D));
        for (int64_t t = 0; t < T; ++t)
            for (int64_t i = 0; i < D; ++i)
                h[t * D + i] = emb[ids[t] * D + i];
        for (int64_t l = 0; l < c.numLayers; ++l) {
            const LayerWeights &lw = w.layers[sz(l)];
            const Mat a = rmsNorm(h, T, load(lw.attnNorm));
            Mat q = linear(a, T, load(lw.wq), H * hd, D);
            Mat k = linear(a, T, load(lw.wk), KV * hd, D);
            const Mat v = linear(a, T, load(lw.wv), KV * hd, D);
            const bool useRope
                = ignoreNoPe || l >= int64_t(c.noRopeLayers.size()) || c.noRopeLayers[sz(l)] == 1;
            if (useRope) {
                rope(q, T, H);
                rope(k, T, KV);
            }
            Mat attn(sz(T * H * hd), 0.0);
            for (int64_t head = 0; head < H; ++head) {
                const int64_t kvHead = head / (H / KV); // repeat_kv
                for (int64_t i = 0; i < T; ++i) {
                    Mat p(sz(i + 1));
                    double m = -INFINITY, sum = 0.0;
                    for (int64_t j = 0; j <= i; ++j) {
                        double s = 0.0;
                        for (int64_t d = 0; d < hd; ++d)
                            s += q[(i * H + head) * hd + d] * k[(j * KV + kvHead) * hd + d];
                        p[j] = s / std::sqrt(double(hd));
                        m = std::max(m, p[j]);
                    }
                    for (int64_t j = 0; j <= i; ++j)
                        sum += p[j] = std::exp(p[j] - m);
                    for (int64_t j = 0; j <= i; ++j)
                        for (int64_t d = 0; d < hd; ++d)
                            attn[(i * H + head) * hd + d] += p[j] / sum * v[(j * KV + kvHead) * hd + d];
                }
            }
            const Mat o = linear(attn, T, load(lw.wo), D, H * hd);
            for (size_t i = 0; i < h.size(); ++i)
                h[i] += o[i];
            const Mat b = rmsNorm(h, T, load(lw.ffnNorm));
            const Mat g = linear(b, T, load(lw.wGate), F, D);
            const Mat u = linear(b, T, load(lw.wUp), F, D);
            Mat act(g.size());
            for (size_t i = 0; i < g.size(); ++i)
                act[i] = g[i] / (1.0 + std::exp(-g[i])) * u[i];
            const Mat down = linear(act, T, load(lw.wDown), D, F);
            for (size_t i = 0; i < h.size(); ++i)
                h[i] += down[i];
        }
        const Mat hn = rmsNorm(h, T, load(w.finalNorm));
        return linear(hn, T, load(w.outputWeight()), V, D); // embed_tokens when tied
    }
};

std::vector<int32_t> randomTokens(int64_t n, int64_t vocab, uint64_t seed)
{
    const auto f = randomFloats(sz(n), seed, 1.0f);
    std::vector<int32_t> ids;
    for (float x : f)
        ids.push_back(int32_t(std::min<int64_t>(vocab - 1, int64_t((x + 1.0f) * 0.5f * float(vocab)))));
    return ids;
}

std::unique_ptr<CpuModel> makeCpu(const TestModel &m, int threads = 2, int64_t ctx = 64)
{
    auto r = CpuModel::create(m.weights, CpuModelOptions { ctx, threads });
    if (!r.ok())
        qFatal("CpuModel::create: %s", r.error().toString().c_str());
    return std::move(r.value());
}

std::vector<float> allLogits(CpuModel &cpu, const std::vector<int32_t> &ids)
{
    std::vector<float> logits;
    auto r = cpu.forwardAll(ids, 0, logits);
    if (!r.ok())
        qFatal("forwardAll: %s", r.error().toString().c_str());
    return logits;
}

std::vector<float> row(const std::vector<float> &all, int64_t r, int64_t vocab)
{
    return std::vector<float>(all.begin() + r * vocab, all.begin() + (r + 1) * vocab);
}

} // namespace

Q_DECLARE_METATYPE(sb::test::TestModelSpec)

class TestCpuModel : public QObject {
    Q_OBJECT

private slots:
    void matchesNaiveTransformers_data()
    {
        QTest::addColumn<TestModelSpec>("spec");
        QTest::addColumn<int>("tokens");
        TestModelSpec s;
        QTest::addRow("MHA 2 layers f32") << s << 7;
        s = {};
        s.layers = 5, s.dim = 48, s.heads = 6, s.kvHeads = 2, s.headDim = 8, s.ffn = 72, s.vocab = 50;
        s.noRopeLayers = { 1, 1, 1, 0, 1 }; // SmolLM3's pattern: every 4th layer NoPE
        s.seed = 2;
        QTest::addRow("GQA 6/2, NoPE layer 3") << s << 9;
        s = {};
        s.layers = 4, s.noRopeLayers = { 0, 1, 0, 1 }, s.seed = 3, s.theta = 5e6;
        QTest::addRow("alternating NoPE, theta 5e6") << s << 8;
        s = {};
        s.layers = 3, s.dim = 40, s.heads = 4, s.kvHeads = 1, s.headDim = 16, s.ffn = 24, s.seed = 4;
        QTest::addRow("MQA, head_dim != dim/heads") << s << 6;
        s = {};
        s.dtype = DType::BF16, s.noRopeLayers = { 1, 0 }, s.seed = 5;
        QTest::addRow("bf16 weights") << s << 5;
        s = {};
        s.dtype = DType::F16, s.seed = 6;
        QTest::addRow("f16 weights") << s << 5;
        s = {};
        s.dtype = DType::Q8_0, s.dim = 64, s.heads = 4, s.kvHeads = 2, s.headDim = 16, s.ffn = 96, s.seed = 7;
        QTest::addRow("q8_0 weights") << s << 6;
        s = {};
        s.dtype = DType::Q4_0, s.dim = 64, s.heads = 2, s.kvHeads = 2, s.headDim = 32, s.ffn = 64, s.seed = 8;
        s.noRopeLayers = { 0, 1 };
        QTest::addRow("q4_0 weights") << s << 6;
    }

    void matchesNaiveTransformers()
    {
        QFETCH(TestModelSpec, spec);
        QFETCH(int, tokens);
        const auto model = makeTestModel(spec);
        const auto ids = randomTokens(tokens, spec.vocab, spec.seed + 100);
        const NaiveModel naive { model->weights.config, model->weights };
        const Mat ref = naive.logits(ids);
        auto cpu = makeCpu(*model);
        const auto got = allLogits(*cpu, ids);
        const double err = maxAbsError(got, ref);
        QVERIFY2(err < kLogitTol, qPrintable(QString("max abs error %1").arg(err)));
        // The logits must not be trivially small, or the tolerance would mean nothing.
        double maxRef = 0.0;
        for (double x : ref)
            maxRef = std::max(maxRef, std::fabs(x));
        QVERIFY(maxRef > 1.0);

        // Where some layer is NoPE, applying RoPE there changes the logits: the pattern matters.
        bool hasNoPe = false;
        for (int x : spec.noRopeLayers)
            hasNoPe |= x == 0;
        if (hasNoPe) {
            NaiveModel allRope { model->weights.config, model->weights, true };
            QVERIFY(maxAbsError(got, allRope.logits(ids)) > 1e-2);
        }
    }

    // A checkpoint with its own lm_head (tie_word_embeddings false) uses it, not the embeddings.
    void untiedLmHead()
    {
        TestModelSpec s;
        s.seed = 15;
        const auto model = makeTestModel(s);
        TestModel untied;
        untied.weights = model->weights;
        untied.weights.config.tieWordEmbeddings = false;
        const auto head = randomFloats(sz(s.vocab * s.dim), 16, 0.5f);
        untied.weights.lmHead = untied.weights.tokenEmbedding;
        untied.weights.lmHead.name = "lm_head.weight";
        untied.weights.lmHead.dtype = DType::F32;
        untied.weights.lmHead.data = reinterpret_cast<const std::byte *>(head.data());
        untied.weights.lmHead.nbytes = head.size() * sizeof(float);
        const auto ids = randomTokens(5, s.vocab, 17);
        auto cpu = makeCpu(untied);
        const auto got = allLogits(*cpu, ids);
        const NaiveModel naive { untied.weights.config, untied.weights };
        QVERIFY(maxAbsError(got, naive.logits(ids)) < kLogitTol);
        auto tied = makeCpu(*model);
        QVERIFY(maxAbsError(got, allLogits(*tied, ids)) > 1e-2);

        untied.weights.lmHead = TensorView {};
        QVERIFY(!CpuModel::create(untied.weights).ok()); // untied without lm_head
    }

    void decodeWithCacheEqualsRecompute()
    {
        TestModelSpec s;
        s.layers = 4, s.noRopeLayers = { 1, 1, 1, 0 }, s.heads = 4, s.kvHeads = 2, s.seed = 11;
        const auto model = makeTestModel(s);
        const auto ids = randomTokens(12, s.vocab, 12);
        auto full = makeCpu(*model);
        const auto ref = allLogits(*full, ids);

        // Prefill 5, then a chunk of 3, then one token at a time.
        auto cpu = makeCpu(*model);
        auto r = cpu->forward(std::span(ids).first(5), 0);
        QVERIFY(r.ok());
        QVERIFY(maxAbsError(std::vector<float>(r->begin(), r->end()), row(ref, 4, s.vocab)) < 1e-5);
        r = cpu->forward(std::span(ids).subspan(5, 3), 5);
        QVERIFY(r.ok());
        QVERIFY(maxAbsError(std::vector<float>(r->begin(), r->end()), row(ref, 7, s.vocab)) < 1e-5);
        for (int64_t p = 8; p < 12; ++p) {
            r = cpu->forward(std::span(ids).subspan(sz(p), 1), p);
            QVERIFY(r.ok());
            QCOMPARE(cpu->cachedLength(), p + 1);
            QVERIFY(maxAbsError(std::vector<float>(r->begin(), r->end()), row(ref, p, s.vocab)) < 1e-5);
        }
    }

    void prefixReuseAndSnapshots()
    {
        TestModelSpec s;
        s.seed = 21;
        const auto model = makeTestModel(s);
        auto cpu = makeCpu(*model);
        const std::vector<int32_t> a = { 1, 2, 3, 4, 5, 6 };
        const std::vector<int32_t> b = { 1, 2, 3, 9, 8 };
        QVERIFY(cpu->forward(a, 0).ok());
        const KvCache saved = cpu->kvCache().Copy();
        // Rewind to the common prefix and continue differently: same as running b from scratch.
        auto r = cpu->forward(std::span(b).subspan(3), 3);
        QVERIFY(r.ok());
        QCOMPARE(cpu->cachedLength(), int64_t(5));
        const std::vector<float> reused(r->begin(), r->end());
        auto fresh = makeCpu(*model);
        auto rf = fresh->forward(b, 0);
        QVERIFY(rf.ok());
        QVERIFY(maxAbsError(reused, std::vector<float>(rf->begin(), rf->end())) < 1e-5);

        // Restoring the snapshot brings back a's continuation.
        QVERIFY(cpu->setKvCache(saved.Copy()).ok());
        QCOMPARE(cpu->cachedLength(), int64_t(6));
        r = cpu->forward(std::vector<int32_t> { 7 }, 6);
        QVERIFY(r.ok());
        auto full = makeCpu(*model);
        const auto ref = allLogits(*full, { 1, 2, 3, 4, 5, 6, 7 });
        QVERIFY(maxAbsError(std::vector<float>(r->begin(), r->end()), row(ref, 6, s.vocab)) < 1e-5);

        cpu->truncate(2);
        QCOMPARE(cpu->cachedLength(), int64_t(2));
        cpu->reset();
        QCOMPARE(cpu->cachedLength(), int64_t(0));
    }

    void nopeLayersIgnoreTheta()
    {
        TestModelSpec s;
        s.layers = 3, s.noRopeLayers = { 0, 0, 0 }, s.seed = 31;
        const auto ids = randomTokens(6, s.vocab, 32);
        s.theta = 1e4;
        const auto m1 = makeTestModel(s);
        s.theta = 1e6;
        const auto m2 = makeTestModel(s);
        auto c1 = makeCpu(*m1), c2 = makeCpu(*m2);
        QCOMPARE(allLogits(*c1, ids), allLogits(*c2, ids));

        // With one RoPE layer, theta matters.
        s.noRopeLayers = { 0, 1, 0 };
        s.theta = 1e4;
        const auto m3 = makeTestModel(s);
        s.theta = 1e6;
        const auto m4 = makeTestModel(s);
        auto c3 = makeCpu(*m3), c4 = makeCpu(*m4);
        QVERIFY(maxAbsError(allLogits(*c3, ids), allLogits(*c4, ids)) > 1e-3);
    }

    void interleavedRopeOnPermutedWeightsMatches_data()
    {
        QTest::addColumn<int>("dtype");
        QTest::addRow("f32") << int(DType::F32);
        QTest::addRow("bf16") << int(DType::BF16);
    }

    void interleavedRopeOnPermutedWeightsMatches()
    {
        QFETCH(int, dtype);
        TestModelSpec s;
        s.layers = 4, s.noRopeLayers = { 1, 1, 1, 0 }, s.heads = 4, s.kvHeads = 2, s.headDim = 8;
        s.dtype = DType(dtype), s.seed = 41;
        const auto hf = makeTestModel(s);
        const auto gguf = permuteForInterleavedRope(*hf);
        QVERIFY(gguf->weights.qkInterleaved);
        const auto ids = randomTokens(8, s.vocab, 42);
        auto a = makeCpu(*hf), b = makeCpu(*gguf);
        const auto la = allLogits(*a, ids), lb = allLogits(*b, ids);
        QVERIFY(maxAbsError(la, lb) < 1e-5);
        // ...and without the flag the permuted weights give different logits.
        auto wrong = std::make_unique<TestModel>();
        wrong->weights = gguf->weights;
        wrong->weights.qkInterleaved = false;
        auto c = makeCpu(*wrong);
        QVERIFY(maxAbsError(la, allLogits(*c, ids)) > 1e-3);
    }

    void threadCountDoesNotChangeLogits()
    {
        TestModelSpec s;
        s.seed = 51, s.dtype = DType::BF16;
        const auto model = makeTestModel(s);
        const auto ids = randomTokens(5, s.vocab, 52);
        auto one = makeCpu(*model, 1), four = makeCpu(*model, 4);
        QCOMPARE(allLogits(*one, ids), allLogits(*four, ids));
    }

    void rejectsBadInputs()
    {
        TestModelSpec s;
        s.seed = 61;
        const auto model = makeTestModel(s);
        auto cpu = makeCpu(*model, 1, 8);
        QCOMPARE(cpu->contextLength(), int64_t(8));
        QVERIFY(!cpu->forward(std::vector<int32_t> {}, 0).ok());
        QVERIFY(!cpu->forward(std::vector<int32_t> { int32_t(s.vocab) }, 0).ok());
        QVERIFY(!cpu->forward(std::vector<int32_t> { -1 }, 0).ok());
        QVERIFY(!cpu->forward(std::vector<int32_t> { 1 }, 1).ok()); // nothing cached yet
        const auto tooLong = cpu->forward(std::vector<int32_t>(9, 1), 0);
        QVERIFY(!tooLong.ok());
        QVERIFY(tooLong.error().message.find("context") != std::string::npos);
        QVERIFY(cpu->forward(std::vector<int32_t>(3, 1), 0).ok());
        QVERIFY(!cpu->forward(std::vector<int32_t> { 1, 2, 3 }, 6).ok()); // errors leave the cache alone
        QCOMPARE(cpu->cachedLength(), int64_t(3));

        // create() names the tensor whose shape is wrong, or that is missing.
        TestModel broken;
        broken.weights = model->weights;
        broken.weights.layers[1].wk.shape = { 3, 5 };
        auto r = CpuModel::create(broken.weights);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.find("model.layers.1.self_attn.k_proj.weight") != std::string::npos,
            r.error().message.c_str());
        broken.weights = model->weights;
        broken.weights.finalNorm = TensorView {};
        QVERIFY(!CpuModel::create(broken.weights).ok());
        broken.weights = model->weights;
        broken.weights.layers.pop_back();
        QVERIFY(!CpuModel::create(broken.weights).ok());
    }
};

QTEST_GUILESS_MAIN(TestCpuModel)
#include "TestCpuModel.moc"
