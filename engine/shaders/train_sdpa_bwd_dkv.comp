#version 450
// Attention backward, step 3, gathered per key so no two invocations write the same element:
//   dk[j, kvh, d] += sum_{h in group} sum_{t >= j} ds[h, t, j] q[t, h, d]
//   dv[j, kvh, d] += sum_{h in group} sum_{t >= j} p[h, t, j] dOut[t, h, d]
layout(local_size_x = 64) in;

layout(std430, binding = 0) readonly buffer DS { float ds[]; };
layout(std430, binding = 1) readonly buffer Probs { float probs[]; };
layout(std430, binding = 2) readonly buffer Q { float q[]; };
layout(std430, binding = 3) readonly buffer DOut { float dOut[]; };
layout(std430, binding = 4) buffer DK { float dk[]; };
layout(std430, binding = 5) buffer DV { float dv[]; };

layout(push_constant) uniform Params {
    uint tokens, heads, kvHeads, headDim;
    float scale;
} p;

void main()
{
    const uint qDim = p.heads * p.headDim, kvDim = p.kvHeads * p.headDim;
    const uint idx = gl_GlobalInvocationID.x;
    if (idx >= p.tokens * kvDim)
        return;
    const uint j = idx / kvDim, kvh = (idx % kvDim) / p.headDim, d = idx % p.headDim;
    const uint group = p.heads / p.kvHeads;
    float ak = 0.0, av = 0.0;
    for (uint h = kvh * group; h < (kvh + 1u) * group; ++h)
        for (uint t = j; t < p.tokens; ++t) {
            const uint e = (h * p.tokens + t) * p.tokens + j;
            const uint qi = t * qDim + h * p.headDim + d;
            ak += ds[e] * q[qi];
            av += probs[e] * dOut[qi];
        }
    dk[idx] += ak;
    dv[idx] += av;
}
