target "dev" {
  name    = "dev-${arch}"
  matrix  = { arch = ["amd64", "arm64"] }
  context = "./dev"
  contexts = {
    base      = "target:base-slim-${arch}"
    templates = "./templates"
  }
}
