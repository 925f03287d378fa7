#version 450
// Decode matrix-vector product, 16-bit word reads, subgroup reductions. See common/matvec_body.glsl.
#define SB_STORAGE16 1
#define SB_SUBGROUP 1
#include "matvec_body.glsl"
