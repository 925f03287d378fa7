#version 450
// Decode matrix-vector product, 32-bit word reads (every device). See common/matvec_body.glsl.
#include "matvec_body.glsl"
