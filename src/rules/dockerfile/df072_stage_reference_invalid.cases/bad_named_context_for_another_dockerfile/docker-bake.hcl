target "web" {
  context = "web"
  contexts = {
    templates = "./templates"
  }
}

target "app" {
  context = "app"
}
