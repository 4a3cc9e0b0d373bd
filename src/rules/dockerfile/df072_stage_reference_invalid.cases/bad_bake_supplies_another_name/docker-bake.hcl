target "default" {
  contexts = {
    templates = "./templates"
  }
}
