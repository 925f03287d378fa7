#pragma once
// SPIR-V compiled from engine/shaders/*.comp at build time (cmake/Shaders.cmake).

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

namespace sb {

struct ShaderBlob {
    const char *name; // file name without .comp
    const uint32_t *code;
    size_t words;
};

std::span<const ShaderBlob> allShaders();
const ShaderBlob *findShader(std::string_view name);

} // namespace sb
