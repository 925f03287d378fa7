# Every target, generated code included: MSVC reads sources as UTF-8 (engine/model/TokenizerJson.cpp
# and the translations hold UTF-8 literals; without /utf-8 it uses the ANSI code page and warns,
# an error under /WX), and the CRT's "use fopen_s" deprecations are not warnings we act on.
if(MSVC)
  add_compile_options(/utf-8 /permissive- /Zc:__cplusplus)
  add_compile_definitions(_CRT_SECURE_NO_WARNINGS NOMINMAX)
endif()

# Warnings for the project's own targets (not for generated or third-party code).
function(sb_set_warnings target)
  if(MSVC)
    target_compile_options(${target} PRIVATE /W4)
    if(SB_WERROR)
      target_compile_options(${target} PRIVATE /WX)
    endif()
  else()
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-missing-field-initializers)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
      # GCC 12 reports maybe-uninitialized false positives inside std::variant/std::optional at -O2.
      target_compile_options(${target} PRIVATE -Wno-maybe-uninitialized)
      if(SB_SANITIZE)
        # ASan's instrumentation makes GCC 12's object-size warnings fire on libstdc++ internals
        # (e.g. char_traits memcpy "bound exceeds maximum object size"); the sanitizer itself
        # checks these accesses at run time.
        target_compile_options(${target} PRIVATE -Wno-stringop-overflow -Wno-stringop-overread
                               -Wno-array-bounds -Wno-alloc-size-larger-than)
      endif()
    endif()
    # Warnings fail the main build; the sanitizer build exists for run-time checks, and GCC 12
    # reports object-size false positives on libstdc++ code under ASan (-Wstringop-overflow,
    # -Wrestrict, ...), so there they stay warnings.
    if(SB_WERROR AND NOT SB_SANITIZE)
      target_compile_options(${target} PRIVATE -Werror)
    endif()
  endif()
endfunction()
