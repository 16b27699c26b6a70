# Compiler flags and Qt definitions shared by every Easel target (after qBittorrent's
# CommonConfig.cmake and KDE's KDECompilerSettings, limited to what Qt 6.4 knows).
add_library(easel_compile_options INTERFACE)
target_compile_definitions(easel_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(easel_compile_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        -Wcast-align -Wformat-security -Wundef -Werror=return-type)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(easel_compile_options INTERFACE -Wsuggest-override)
    endif()
    if(EASEL_WERROR)
        target_compile_options(easel_compile_options INTERFACE -Werror)
    endif()
    if(EASEL_FUZZ)
        # Coverage for libFuzzer in every library the targets link, plus ASan and UBSan.
        target_compile_options(easel_compile_options INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
            -fno-sanitize-recover=undefined)
        target_link_options(easel_compile_options INTERFACE -fsanitize=address,undefined)
    endif()
    if(EASEL_SANITIZE)
        target_compile_options(easel_compile_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(easel_compile_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
