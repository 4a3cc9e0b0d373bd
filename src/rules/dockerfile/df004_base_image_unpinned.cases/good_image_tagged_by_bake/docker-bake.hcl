variable "REGISTRY" {
  default = "ghcr.io/shopfront"
}

target "base" {
  context = "base"
  tags    = ["${REGISTRY}/base:latest"]
}
