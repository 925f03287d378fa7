#version 450
// Int8 dot-product decode matvec (Q8_0/Q4_0), 16-bit word reads. See common/matvec_dp_body.glsl.
#define SB_STORAGE16 1
#include "matvec_dp_body.glsl"
