import sys

from totalnet_desktop import paths


def test_env_overrides_data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "x"))
    resolved = paths.resolve()
    assert resolved.data_dir == (tmp_path / "x").resolve()
    assert resolved.db_path.name == paths.DB_FILENAME


def test_explicit_beats_env(tmp_path, monkeypatch):
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "env"))
    assert paths.resolve(tmp_path / "arg").data_dir == (tmp_path / "arg").resolve()


def test_default_is_user_data_folder(monkeypatch):
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    resolved = paths.resolve()
    assert "TotalNet" in str(resolved.data_dir)


def test_portable_folder_next_to_frozen_executable(tmp_path, monkeypatch):
    monkeypatch.delenv(paths.ENV_DATA_DIR, raising=False)
    exe = tmp_path / "TotalNet" / "TotalNet"
    exe.parent.mkdir()
    exe.write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(exe))
    assert paths.resolve().data_dir != exe.parent / paths.PORTABLE_FOLDER
    (exe.parent / paths.PORTABLE_FOLDER).mkdir()
    assert paths.resolve().data_dir == exe.parent / paths.PORTABLE_FOLDER


def test_resources_found_from_source():
    assert (paths.resources_dir()).is_dir()


def test_window_title_names_the_data_folder_only_when_not_the_default(tmp_path):
    from totalnet_desktop import paths

    assert paths.window_title(paths.AppPaths(paths.default_data_dir(), tmp_path)) == "TotalNet"
    other = tmp_path / "Chapter archive"
    assert paths.window_title(paths.AppPaths(other, tmp_path)) == "TotalNet - Chapter archive"
