#version 450
// RMSNorm, one workgroup per row; shared-memory reductions (every device). See common/rms_norm_body.glsl.
#include "rms_norm_body.glsl"
