#version 450
// Embedding lookup, 32-bit word reads. See common/embed_body.glsl.
#include "embed_body.glsl"
