# CPACK_PRE_BUILD_SCRIPTS hook (macOS): signs the staged Switchboard.app before DragNDrop makes the
# .dmg. CPACK_TEMPORARY_INSTALL_DIRECTORY is the staging folder CPack gives pre-build scripts.
file(GLOB_RECURSE apps LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*.app")
foreach(app IN LISTS apps)
  if(IS_DIRECTORY "${app}" AND app MATCHES "switchboard\\.app$")
    execute_process(COMMAND bash ${CMAKE_CURRENT_LIST_DIR}/sign-and-notarize.sh "${app}" RESULT_VARIABLE rc)
    if(NOT rc EQUAL 0)
      message(FATAL_ERROR "packaging/macos/sign-and-notarize.sh failed (${rc})")
    endif()
  endif()
endforeach()
