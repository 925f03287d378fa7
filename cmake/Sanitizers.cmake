# ASan + UBSan for the whole build when SB_SANITIZE is on (CI builds engine and router tests so).
if(SB_SANITIZE)
  if(MSVC)
    message(FATAL_ERROR "SB_SANITIZE is supported with GCC and Clang")
  endif()
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
