#version 450
// Prefill tiled matrix-matrix product reading 16-bit words (storageBuffer16BitAccess).
#define SB_STORAGE16 1
#include "matmul_body.glsl"
