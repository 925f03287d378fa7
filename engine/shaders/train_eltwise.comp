#version 450
// Element-wise ops of the training graph, on (n) floats at element offsets:
//   OP 0: y = a + b                       (residual)
//   OP 1: y += a                          (gradient of a residual / of a shared input)
//   OP 2: y = a * f(i)                    (dropout: f = mask bit ? keep : 0)
//   OP 3: y += a * f(i)                   (dropout backward)
// Dropout masks are bit-packed (bit i of word maskOffset + i / 32), made on the host from the
// same seeded generator as the CPU reference so both backends drop the same elements.
layout(local_size_x = 256) in;
layout(constant_id = 0) const uint OP = 0;

layout(std430, binding = 0) readonly buffer A { float a[]; };
layout(std430, binding = 1) readonly buffer B { float b[]; };
layout(std430, binding = 2) buffer Y { float y[]; };
layout(std430, binding = 3) readonly buffer Mask { uint mask[]; };

layout(push_constant) uniform Params {
    uint n;
    uint offA, offB, offY;
    uint maskOffset; // in 32-bit words
    float keep;      // 1 / (1 - dropout)
} p;

void main()
{
    const uint i = gl_GlobalInvocationID.y * 65535u * 256u + gl_GlobalInvocationID.x;
    if (i >= p.n)
        return;
    const float x = a[p.offA + i];
    if (OP == 0u) {
        y[p.offY + i] = x + b[p.offB + i];
    } else if (OP == 1u) {
        y[p.offY + i] += x;
    } else {
        const bool kept = ((mask[p.maskOffset + (i >> 5)] >> (i & 31u)) & 1u) != 0u;
        const float f = kept ? p.keep : 0.0;
        if (OP == 2u)
            y[p.offY + i] = x * f;
        else
            y[p.offY + i] += x * f;
    }
}
