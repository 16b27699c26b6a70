# easel_add_test(tst_name SOURCES a.cpp ... LIBS lib ... LABELS label ... [TIMEOUT s])
# One executable per unit or feature, registered with CTest, always on the offscreen
# platform, with the shared fixtures folder passed in as EASEL_SHARED_DIR.
function(easel_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test easel_compile_options ${ARG_LIBS})
    # Fixture readers shared by several tests (tests/support, header-only).
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    target_compile_definitions(${name} PRIVATE
        EASEL_SHARED_DIR="${EASEL_SHARED_DIR}"
        EASEL_BINARY_DIR="${CMAKE_BINARY_DIR}")
    add_test(NAME ${name} COMMAND ${name})
    set(_env "QT_QPA_PLATFORM=offscreen"
             "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
             "ASAN_OPTIONS=detect_leaks=1:halt_on_error=1")
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "${_env}")
endfunction()
