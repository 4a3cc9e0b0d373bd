variable "CONTEXT" {
  default = "."
}

// the image
target "app" {
  context    = "${CONTEXT}"
  dockerfile = "docker/Dockerfile"
}
