#version 450
// Attention backward, step 1: the score gradients of one (head, query) row, scaled:
//   dp_j = dOut_t . v_j,  ds[h, t, j] = p_j (dp_j - sum_i p_i dp_i) * scale   (j <= t, else 0)
layout(local_size_x = 64) in;

layout(std430, binding = 0) readonly buffer DOut { float dOut[]; };
layout(std430, binding = 1) readonly buffer V { float v[]; };
layout(std430, binding = 2) readonly buffer Probs { float probs[]; };
layout(std430, binding = 3) buffer DS { float ds[]; };

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
    const uint gb = t * qDim + h * p.headDim;
    const uint row = (h * p.tokens + t) * p.tokens;
    float dot = 0.0;
    for (uint j = 0u; j <= t; ++j) {
        float dp = 0.0;
        for (uint d = 0u; d < p.headDim; ++d)
            dp += dOut[gb + d] * v[j * kvDim + kvh * p.headDim + d];
        ds[row + j] = dp;
        dot += probs[row + j] * dp;
    }
    for (uint j = 0u; j < p.tokens; ++j)
        ds[row + j] = j <= t ? probs[row + j] * (ds[row + j] - dot) * p.scale : 0.0;
}
