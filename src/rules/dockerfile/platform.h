// Whether a stage builds a Windows container: the one answer every Dockerfile rule asks for
// before it speaks of root, POSIX owners, sh or init processes.
#pragma once

#include <string_view>

#include "dockerfile/model.h"

namespace plimsoll::rules {

// The base at the root of the stage's FROM chain is a Windows image (what the engine picks the
// default shell, cmd, by).
bool has_windows_base(const dockerfile::Stage& stage);

// True when the base at the root of the stage's FROM chain is a Windows image
// (knowledge::BaseImageFacts::windows: nanoserver, servercore, mcr.microsoft.com/windows/…,
// `*nanoserver*` and `*windowsservercore*` tags), or when the stage or a stage it is built FROM
// sets a SHELL whose program exists only on Windows (cmd, powershell): the way Windows
// Dockerfiles whose base is chosen by an ARG still say what they are.
bool is_windows_stage(const dockerfile::Model& model, const dockerfile::Stage& stage);

// The account a Windows container runs as when no USER says otherwise on a base that does not
// name one (servercore, windows/server): its administrator.
inline constexpr std::string_view kWindowsAdministrator = "ContainerAdministrator";
// `ContainerAdministrator`, in any case (Windows account names are case-insensitive).
bool is_windows_administrator(std::string_view user);

}  // namespace plimsoll::rules
