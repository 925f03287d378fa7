#version 450
// Attention backward, step 2: dq[t, h, d] += sum_{j <= t} ds[h, t, j] k[j, kvh, d].
// One invocation per element of dq.
layout(local_size_x = 64) in;

layout(std430, binding = 0) readonly buffer DS { float ds[]; };
layout(std430, binding = 1) readonly buffer K { float k[]; };
layout(std430, binding = 2) buffer DQ { float dq[]; };

layout(push_constant) uniform Params {
    uint tokens, heads, kvHeads, headDim;
    float scale;
} p;

void main()
{
    const uint qDim = p.heads * p.headDim, kvDim = p.kvHeads * p.headDim;
    const uint idx = gl_GlobalInvocationID.x;
    if (idx >= p.tokens * qDim)
        return;
    const uint t = idx / qDim, h = (idx % qDim) / p.headDim, d = idx % p.headDim;
    const uint kvh = h / (p.heads / p.kvHeads);
    const uint row = (h * p.tokens + t) * p.tokens;
    float acc = 0.0;
    for (uint j = 0u; j <= t; ++j)
        acc += ds[row + j] * k[j * kvDim + kvh * p.headDim + d];
    dq[idx] += acc;
}
