#version 450
// Int8 dot-product decode matvec (Q8_0/Q4_0), 32-bit word reads. See common/matvec_dp_body.glsl.
#include "matvec_dp_body.glsl"
