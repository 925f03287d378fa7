#version 450
// RMSNorm, one workgroup per row; subgroup reductions (devices with subgroup arithmetic in compute).
#define SB_SUBGROUP 1
#include "rms_norm_body.glsl"
