# Cross build for 64-bit Windows with Debian's MinGW-w64 (g++-mingw-w64-x86-64-posix): the posix
# thread model, which has std::thread and std::mutex. Nothing here names a project target or
# source, so every target the project adds (per-ISA CPU kernels included) builds with the same
# compiler and flags as on Linux. Used by tools/ci/mingw.sh:
#   cmake -S . -B build/mingw -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/mingw-w64-x86_64.cmake
set(CMAKE_SYSTEM_NAME Windows)
set(CMAKE_SYSTEM_PROCESSOR x86_64)
set(SB_MINGW_TRIPLE x86_64-w64-mingw32)
set(CMAKE_C_COMPILER ${SB_MINGW_TRIPLE}-gcc-posix)
set(CMAKE_CXX_COMPILER ${SB_MINGW_TRIPLE}-g++-posix)
set(CMAKE_RC_COMPILER ${SB_MINGW_TRIPLE}-windres)
set(CMAKE_FIND_ROOT_PATH /usr/${SB_MINGW_TRIPLE})
# Programs (glslc) come from the build machine; headers and libraries only from the target root.
set(CMAKE_FIND_ROOT_PATH_MODE_PROGRAM NEVER)
set(CMAKE_FIND_ROOT_PATH_MODE_LIBRARY ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_INCLUDE ONLY)
set(CMAKE_FIND_ROOT_PATH_MODE_PACKAGE ONLY)
# ctest and add_test run the .exe files through Wine when it is there.
find_program(SB_WINE NAMES wine wine64)
if(SB_WINE)
  set(CMAKE_CROSSCOMPILING_EMULATOR ${SB_WINE})
endif()
