# SPDX-License-Identifier: GPL-3.0-or-later
# dateline_add_test(NAME SOURCES file... LIBRARIES target... [BENCHMARK])
#
# One Qt Test executable registered with ctest as "dateline-NAME", run on the offscreen platform
# with a C.UTF-8 locale and its own temporary home, so that no test touches the user's files.
# BENCHMARK tests carry the "benchmark" label and stay out of `scripts/dateline test`.
function(dateline_add_test name)
    cmake_parse_arguments(ARG "BENCHMARK" "" "SOURCES;LIBRARIES" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test dateline_compile_options ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        DATELINE_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        DATELINE_SHARED_CORPUS="${PROJECT_SOURCE_DIR}/../shared/corpus")
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    add_test(NAME dateline-${name} COMMAND ${name})
    set(labels unit)
    if(ARG_BENCHMARK)
        set(labels benchmark)
    endif()
    set_tests_properties(dateline-${name} PROPERTIES
        LABELS "${labels}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LC_ALL=C.UTF-8;LANGUAGE=en;QT_LOGGING_RULES=qt.qpa.*=false")
endfunction()
