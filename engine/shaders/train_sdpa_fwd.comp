#version 450
// Plain causal GQA attention for training (one invocation per (head, query); slow but simple),
// saving the softmax weights for the backward pass, like ops/Attention.h's attentionForward:
//   q (T, H hd), k/v (T, KvH hd), out (T, H hd), probs (H, T, T) with zeros past the causal limit.
layout(local_size_x = 64) in;

layout(std430, binding = 0) readonly buffer Q { float q[]; };
layout(std430, binding = 1) readonly buffer K { float k[]; };
layout(std430, binding = 2) readonly buffer V { float v[]; };
layout(std430, binding = 3) buffer Probs { float probs[]; };
layout(std430, binding = 4) writeonly buffer Out { float o[]; };

layout(push_constant) uniform Params {
    uint tokens, heads, kvHeads, headDim;
    float scale;
} p;

void main()
{
    const uint item = gl_GlobalInvocationID.x;
    if (item >= p.heads * p.tokens)
        return;
    const uint h = item / p.tokens, t = item % p.tokens;
    const uint kvh = h / (p.heads / p.kvHeads);
    const uint qDim = p.heads * p.headDim, kvDim = p.kvHeads * p.headDim;
    const uint qb = t * qDim + h * p.headDim;
    const uint row = (h * p.tokens + t) * p.tokens;
    float m = -1.0 / 0.0;
    for (uint j = 0u; j <= t; ++j) {
        float s = 0.0;
        for (uint d = 0u; d < p.headDim; ++d)
            s += q[qb + d] * k[j * kvDim + kvh * p.headDim + d];
        s *= p.scale;
        probs[row + j] = s;
        m = max(m, s);
    }
    float sum = 0.0;
    for (uint j = 0u; j <= t; ++j) {
        const float e = exp(probs[row + j] - m);
        probs[row + j] = e;
        sum += e;
    }
    const float inv = 1.0 / sum;
    for (uint j = 0u; j < p.tokens; ++j)
        probs[row + j] = j <= t ? probs[row + j] * inv : 0.0;
    for (uint d = 0u; d < p.headDim; ++d) {
        float acc = 0.0;
        for (uint j = 0u; j <= t; ++j)
            acc += probs[row + j] * v[j * kvDim + kvh * p.headDim + d];
        o[qb + d] = acc;
    }
}
