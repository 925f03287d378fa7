// Embedding lookup: out[t, :] = table[tokens[t] - rowStart, :] for the tokens whose row lies in
// this chunk [rowStart, rowStart + rows) of the table (a table over maxStorageBufferRange is
// split into chunks, one dispatch each). Any weight type; fp32 out. Grid: (ceil(dim/256), T).
layout(local_size_x = 256) in;
layout(constant_id = 0) const uint WTYPE = 0;

#define WEIGHT_BINDING 0
#include "weights.glsl"
layout(std430, binding = 1) readonly buffer Tokens { uint tokens[]; };
layout(std430, binding = 2) writeonly buffer Out { float y[]; };

layout(push_constant) uniform Params {
    uint dim;
    uint tokenCount;
    uint rowStart;
    uint rows;
    uint rowBytes;
} p;

void main()
{
    const uint i = gl_GlobalInvocationID.x;
    const uint t = gl_WorkGroupID.y;
    if (i >= p.dim || t >= p.tokenCount)
        return;
    const uint tok = tokens[t];
    if (tok < p.rowStart || tok >= p.rowStart + p.rows)
        return;
    y[t * p.dim + i] = wElem(WTYPE, (tok - p.rowStart) * p.rowBytes, i);
}
