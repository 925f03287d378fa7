#version 450
// Greedy/top-k sampling on the device; shared-memory reductions (every device). See common/sample_body.glsl.
#include "sample_body.glsl"
