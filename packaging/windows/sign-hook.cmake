# CPACK_PRE_BUILD_SCRIPTS hook (Windows): signs the staged binaries before NSIS or WiX packs them.
# CPACK_TEMPORARY_INSTALL_DIRECTORY is the staging folder CPack gives pre-build scripts.
find_program(SB_POWERSHELL NAMES pwsh powershell)
if(SB_POWERSHELL)
  execute_process(COMMAND ${SB_POWERSHELL} -NoProfile -ExecutionPolicy Bypass
                          -File ${CMAKE_CURRENT_LIST_DIR}/sign.ps1 -Dir ${CPACK_TEMPORARY_INSTALL_DIRECTORY}
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "packaging/windows/sign.ps1 failed (${rc})")
  endif()
endif()
