#version 450
// Decode attention split over the sequence; subgroup reductions (devices with subgroup arithmetic in compute).
#define SB_SUBGROUP 1
#include "attention_decode_body.glsl"
