#version 450
// Decode attention split over the sequence; shared-memory reductions (every device). See common/attention_decode_body.glsl.
#include "attention_decode_body.glsl"
