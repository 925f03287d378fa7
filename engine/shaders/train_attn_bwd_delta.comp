#version 450
// Attention backward, step 1: delta[h][t] = Σ_d dOut[t][h][d] · out[t][h][d] (= Σ_j p_j dp_j,
// the softmax-backward row term of FlashAttention-2). One invocation per (head, token).
layout(local_size_x = 64) in;

layout(std430, binding = 0) readonly buffer DOut { float dout[]; };
layout(std430, binding = 1) readonly buffer Out { float o[]; };
layout(std430, binding = 2) writeonly buffer Delta { float delta[]; };

layout(push_constant) uniform Params {
    uint tokens;
    uint nHeads;
    uint headDim;
} p;

void main()
{
    const uint i = gl_GlobalInvocationID.x;
    if (i >= p.tokens * p.nHeads)
        return;
    const uint h = i / p.tokens, t = i % p.tokens;
    const uint base = (t * p.nHeads + h) * p.headDim;
    float s = 0.0;
    for (uint d = 0u; d < p.headDim; ++d)
        s += dout[base + d] * o[base + d];
    delta[i] = s;
}
