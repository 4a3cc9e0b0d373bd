# Images are built from the repository root so the Dockerfile can reach the app sources.
variable "TAG" {
  default = "dev"
}

group "default" {
  targets = ["api"]
}

target "api" {
  context    = "."
  dockerfile = "docker/Dockerfile"
  tags       = ["registry.example.com/shop/api:${TAG}"]
}
