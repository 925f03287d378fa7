#version 450
// Embedding lookup reading 16-bit words (storageBuffer16BitAccess).
#define SB_STORAGE16 1
#include "embed_body.glsl"
