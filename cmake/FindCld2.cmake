# SPDX-License-Identifier: GPL-3.0-or-later
# Compact Language Detector 2 (Debian: libcld2-dev) ships neither a CMake nor a pkg-config file.
find_path(CLD2_INCLUDE_DIR NAMES cld2/public/compact_lang_det.h REQUIRED)
find_library(CLD2_LIBRARY NAMES cld2 REQUIRED)
add_library(Cld2::Cld2 UNKNOWN IMPORTED)
set_target_properties(Cld2::Cld2 PROPERTIES
    IMPORTED_LOCATION "${CLD2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${CLD2_INCLUDE_DIR}")
