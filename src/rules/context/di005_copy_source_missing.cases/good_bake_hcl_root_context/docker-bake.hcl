target "default" {
  context = "."
  dockerfile = "docker/Dockerfile"
}
