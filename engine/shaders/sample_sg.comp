#version 450
// Greedy/top-k sampling on the device; subgroup reductions (devices with subgroup arithmetic in compute).
#define SB_SUBGROUP 1
#include "sample_body.glsl"
