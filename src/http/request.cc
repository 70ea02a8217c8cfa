#include "http/request.h"

namespace pln::http {

std::string_view ToString(Method m) {
  switch (m) {
    case Method::kGet: return "GET";
    case Method::kHead: return "HEAD";
    case Method::kPost: return "POST";
    case Method::kPut: return "PUT";
    case Method::kPatch: return "PATCH";
    case Method::kDelete: return "DELETE";
    case Method::kOptions: return "OPTIONS";
    case Method::kOther: break;
  }
  return "OTHER";
}

Method ParseMethod(std::string_view s) {
  if (s == "GET") return Method::kGet;
  if (s == "POST") return Method::kPost;
  if (s == "PATCH") return Method::kPatch;
  if (s == "DELETE") return Method::kDelete;
  if (s == "PUT") return Method::kPut;
  if (s == "HEAD") return Method::kHead;
  if (s == "OPTIONS") return Method::kOptions;
  return Method::kOther;
}

bool IsUnsafe(Method m) {
  return m == Method::kPost || m == Method::kPut || m == Method::kPatch || m == Method::kDelete;
}

}  // namespace pln::http
