#version 450
// Decode matrix-vector product, 32-bit word reads, subgroup reductions. See common/matvec_body.glsl.
#define SB_SUBGROUP 1
#include "matvec_body.glsl"
