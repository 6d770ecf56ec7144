"""Under `mkdocs serve`, the data set loaded again after a change is the one a full load of the same
files gives, problems included, and only the changed files (and those beside a changed file they may
name) are read again (thidua.reload)."""

import os
import shutil
from dataclasses import fields
from pathlib import Path

import pytest
from PIL import Image

from campaigns_copy import edit
from thidua.dataset import Dataset, load_dataset
from thidua.problems import DataError
from thidua.reload import Reloads
from thidua.sourcecache import SourceCache

ROOT = Path(__file__).resolve().parent.parent
PLAN = "phu-tho/2024-ke-hoach-phat-dong-thi-dua.yaml"
PHOTO_FOLDER = "minh-hoa/thanh-hoa/thi-xa-bim-son/phuong-phu-son/khen-thuong"
PERSON = "minh-hoa/son-la/thanh-pho-son-la/phuong-quyet-thang/khen-thuong/tran-thi-vi-du.yaml"
NAMED_PLAN = "son-la/thanh-pho-son-la/phuong-quyet-thang/2022-ke-hoach-phat-dong-thi-dua"  # named by PERSON
REPORT = "minh-hoa/lang-son/huyen-chi-lang/ket-qua/2024-tong-ket-nam.yaml"


@pytest.fixture
def data(tmp_path) -> Path:
    shutil.copytree(ROOT / "campaigns", tmp_path / "campaigns")
    return tmp_path / "campaigns"


class Loads:
    """Loads of one folder through one ``Reloads`` and source cache, as `mkdocs serve` makes them."""

    def __init__(self, data: Path) -> None:
        self.data, self.reloads, self.cache = data, Reloads(), SourceCache()

    def load(self) -> tuple[Dataset, int]:
        """The data set, and how many data files were read for it."""
        read = self.cache.hits + self.cache.misses
        dataset = self.reloads.load(self.data, include_illustrative=True, display_root=Path("campaigns"), cache=self.cache)
        return dataset, self.cache.hits + self.cache.misses - read


def full(data: Path) -> Dataset:
    return load_dataset(data, include_illustrative=True, display_root=Path("campaigns"), cache=SourceCache())


def assert_same(reloaded: Dataset, loaded: Dataset) -> None:
    """Equal field by field, in the same order; the register is made again by each load (its former
    units are a field of their own)."""
    for field in fields(Dataset):
        if field.compare and field.name != "register":
            mine, theirs = getattr(reloaded, field.name), getattr(loaded, field.name)
            if isinstance(mine, dict):
                mine, theirs = list(mine.items()), list(theirs.items())
            assert mine == theirs, field.name


def test_a_saved_plan_is_read_again_alone(data):
    loads = Loads(data)
    loaded, every = loads.load()
    assert every > 20
    edit(data / PLAN, "chu_de:\n", 'chu_de:\n  - "Chủ đề vừa sửa"\n')
    reloaded, read = loads.load()
    assert read == 1
    assert loads.cache.get(loaded.sources[PLAN.removesuffix(".yaml")].cache_key) is None  # its old text is let go
    assert_same(reloaded, full(data))
    assert "Chủ đề vừa sửa" in reloaded.campaign(PLAN.removesuffix(".yaml")).campaign.themes[0]


def test_files_that_come_and_go_give_the_records_of_a_full_load(data):
    loads = Loads(data)
    loads.load()
    lone = "minh-hoa/ha-tinh/huyen-duc-tho/xa-minh-hoa/2024-ke-hoach-phat-dong-thi-dua"
    (data / f"{lone}.yaml").rename(data / f"{lone}-doi-ten.yaml")
    (data / "minh-hoa/lang-son/huyen-chi-lang/khen-thuong/do-thi-vi-du.yaml").unlink()
    shutil.copy(data / PERSON, data / PERSON.replace("tran-thi-vi-du", "a-ban-sao"))
    reloaded, read = loads.load()
    assert read == 2
    assert_same(reloaded, full(data))


def test_a_changed_photo_reads_the_files_beside_it_again(data):
    loads = Loads(data)
    loads.load()
    photo = data / PHOTO_FOLDER / "nguyen-van-minh-hoa.jpg"
    photo.rename(photo.with_name("anh-moi.jpg"))
    with pytest.raises(DataError) as missing:  # the person names a photo that is gone
        loads.load()
    with pytest.raises(DataError) as loaded:
        full(data)
    assert str(missing.value) == str(loaded.value)
    photo.with_name("anh-moi.jpg").rename(photo)
    assert loads.load()[0] is loads.load()[0]  # the files of the last data set loaded, unchanged
    with Image.open(photo) as image:  # another photo under the same name: its size is in the data set
        image.crop((0, 0, image.width // 2, image.height)).save(photo)
    reloaded, read = loads.load()
    assert read == len(list((data / PHOTO_FOLDER).glob("*.yaml"))) > 1
    assert_same(reloaded, full(data))


def test_problems_are_those_of_a_full_load_and_a_fix_is_seen(data):
    loads = Loads(data)
    loads.load()
    edit(data / REPORT, "ke_hoach: ", "ke_hoach: khong-co-")
    (data / f"{NAMED_PLAN}.yaml").rename(data / f"{NAMED_PLAN}-x.yaml")  # a person names it
    edit(data / PLAN, 'ma: "vi-nguoi-ngheo"', 'ma: "vi-nguoi-ngheo-x"')  # no such movement
    with pytest.raises(DataError) as reloaded:
        loads.load()
    with pytest.raises(DataError) as loaded:
        full(data)
    assert str(reloaded.value) == str(loaded.value)
    assert "vi-nguoi-ngheo-x" in str(reloaded.value)
    edit(data / REPORT, "ke_hoach: khong-co-", "ke_hoach: ")
    (data / f"{NAMED_PLAN}-x.yaml").rename(data / f"{NAMED_PLAN}.yaml")
    edit(data / PLAN, 'ma: "vi-nguoi-ngheo-x"', 'ma: "vi-nguoi-ngheo"')
    dataset, _ = loads.load()
    assert_same(dataset, full(data))


def test_a_change_to_a_shared_file_loads_everything(data):
    loads = Loads(data)
    _, every = loads.load()
    edit(data / "phong-trao.yaml", "ten: \"Thực hiện thắng lợi", "ten: \"Phong trào thực hiện thắng lợi")
    reloaded, read = loads.load()
    assert read == every
    assert_same(reloaded, full(data))


def test_a_file_changed_in_the_tick_its_stamp_was_taken_is_read_again(data):
    loads = Loads(data)
    loads.load()
    plan = data / PLAN
    edit(plan, "chu_de:\n", 'chu_de:\n  - "Chủ đề một"\n')
    loads.load()
    before = plan.stat()
    edit(plan, "Chủ đề một", "Chủ đề hai")  # same size, then the same time: the stamp alone cannot tell
    os.utime(plan, ns=(before.st_atime_ns, before.st_mtime_ns))
    reloaded, read = loads.load()
    assert read == 1
    assert "Chủ đề hai" in reloaded.campaign(PLAN.removesuffix(".yaml")).campaign.themes[0]
    assert_same(reloaded, full(data))
