#version 450
// Prefill tiled matrix-matrix product, 32-bit word reads (every device). See common/matmul_body.glsl.
#include "matmul_body.glsl"
