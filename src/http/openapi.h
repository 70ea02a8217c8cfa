// The OpenAPI 3.0.3 description of the API (src/http/openapi.json), embedded
// at build time by CMake (see CMakeLists.txt).
#pragma once

#include <string_view>

namespace pln::http {

std::string_view OpenApiDocument();

}  // namespace pln::http
